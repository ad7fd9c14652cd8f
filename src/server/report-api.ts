/**
 * The report API of DESIGN.md: each function takes a request and answers it in JSON. Routes in
 * src/pages/api/ only hand over the request, the client address and the region ids.
 */
import type { z } from 'zod';
import { caseLookupSchema, caseReplySchema, fieldErrors, reportSchema } from '../lib/report.ts';
import { apiError, json } from './api-response.ts';
import { LIMITS, readBody, type BodyLimits } from './request-body.ts';
import { getServices, type LimitedAction } from './services.ts';

interface ApiRequest {
  request: Request;
  clientAddress: string | undefined;
}

/** Rate limit, body, schema: the steps every endpoint takes before it does anything. */
async function accept<S extends z.ZodType>(
  { request, clientAddress }: ApiRequest,
  action: LimitedAction,
  schema: S,
  limits: BodyLimits,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; response: Response }> {
  const verdict = await (await getServices()).limit(action, clientAddress);
  if (!verdict.allowed) {
    const headers = { 'Retry-After': String(verdict.retryAfterSeconds) };
    return { ok: false, response: apiError(429, 'rate-limited', 'Too many requests; try again later', { headers }) };
  }
  const body = await readBody(request, limits);
  if (!body.ok) return { ok: false, response: apiError(body.status, body.code, body.message) };
  const parsed = schema.safeParse(body.fields);
  if (!parsed.success) {
    return { ok: false, response: apiError(400, 'invalid', 'Some fields are missing or wrong', { fields: fieldErrors(parsed.error) }) };
  }
  return { ok: true, data: parsed.data };
}

const caseNotFound = () => apiError(404, 'not-found', 'No case has this code');

/** `POST /api/reports` → 201 `{caseCode}`, or 201 `{}` when no answer is wanted. */
export async function postReport(input: ApiRequest, regionIds: readonly string[]): Promise<Response> {
  const accepted = await accept(input, 'reports', reportSchema(regionIds), LIMITS.report);
  if (!accepted.ok) return accepted.response;
  const { reports } = await getServices();
  return json(201, await reports.submit(accepted.data, input.request.signal));
}

/** `POST /api/reports/case` → 200 `{status, messages}` or 404. */
export async function postCaseLookup(input: ApiRequest): Promise<Response> {
  const accepted = await accept(input, 'caseLookups', caseLookupSchema, LIMITS.case);
  if (!accepted.ok) return accepted.response;
  const { reports } = await getServices();
  const found = await reports.open(accepted.data.caseCode);
  if (!found) return caseNotFound();
  const messages = found.messages.map(({ author, text, at }) => ({ author, text, at: at.toISOString() }));
  return json(200, { status: found.status, urgent: found.urgent, messages });
}

/** `POST /api/reports/case/messages` → 201, 404, or 409 when the case is closed. */
export async function postCaseMessage(input: ApiRequest): Promise<Response> {
  const accepted = await accept(input, 'caseLookups', caseReplySchema, LIMITS.case);
  if (!accepted.ok) return accepted.response;
  const { reports } = await getServices();
  const outcome = await reports.writeBack(accepted.data.caseCode, accepted.data.text);
  if (outcome === 'not-found') return caseNotFound();
  if (outcome === 'closed') return apiError(409, 'case-closed', 'This case is closed and takes no more messages');
  return json(201, {});
}

/** `POST /api/reports/case/erase` → 200 once the case is gone, or 404. */
export async function postCaseErase(input: ApiRequest): Promise<Response> {
  const accepted = await accept(input, 'caseLookups', caseLookupSchema, LIMITS.case);
  if (!accepted.ok) return accepted.response;
  const { reports } = await getServices();
  return (await reports.erase(accepted.data.caseCode)) ? json(200, { erased: true }) : caseNotFound();
}
