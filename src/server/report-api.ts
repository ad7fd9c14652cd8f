/**
 * The report API of docs/design.md: each function takes a request and answers it in JSON. The routing
 * in front of Astro (src/server/api/handler.ts) hands over the body, the client address and the
 * signal that says the sender has gone.
 */
import { caseLookupSchema, caseReplySchema, reportSchema } from '../lib/report.ts';
import { accept, type Accepted, type AcceptRules } from './accept.ts';
import { apiError, json, rateLimited, type ApiAnswer } from './api-response.ts';
import { LIMITS, type BodySource } from './request-body.ts';
import { PROOF_HEADER } from './limits/proof-field.ts';
import { getServices } from './services.ts';
import type { z } from 'zod';
import type { LoadedSiteData } from './api/site-data.ts';
import { claimSubmission } from './help/report-once.ts';
import { DuplicateSubmission, SUBMISSION_KEY_FIELD, submissionKeyOf } from './help/submission-key.ts';

export interface ApiRequest {
  body: BodySource;
  /** A request header, as sent (lower-case name). */
  header(name: string): string | undefined;
  clientAddress: string | undefined;
  /** Aborted when the sender goes away before the answer is sent. */
  signal: AbortSignal;
}

function refusal(refused: Exclude<Accepted<unknown>, { ok: true }>): ApiAnswer {
  if (refused.step === 'limit') return rateLimited(refused.retryAfterSeconds, refused.challenge);
  if (refused.step === 'body') return apiError(refused.status, refused.code, refused.message);
  return apiError(400, 'invalid', 'Some fields are missing or wrong', { fields: refused.errors });
}

/** Accepts the request, or the answer that refuses it. */
async function acceptApi<S extends z.ZodType>(input: ApiRequest, rules: AcceptRules<S>) {
  const services = await getServices();
  const accepted = await accept(input.body, input.clientAddress, services, { ...rules, proofHeader: input.header(PROOF_HEADER) });
  return accepted.ok ? { services, data: accepted.data, fields: accepted.fields, client: accepted.client } : { refused: refusal(accepted) };
}

const caseNotFound = () => apiError(404, 'not-found', 'No case has this code');
const CASE = { action: 'caseLookups', limits: LIMITS.case } as const;

/**
 * `POST /api/reports` → 201 `{caseCode}`, or 201 `{}` when no answer is wanted. An optional
 * `submissionKey` makes a retry of the same report harmless: the second post stores nothing and
 * gets 409 `duplicate` (the code was in the first answer and is kept nowhere).
 */
export async function postReport(input: ApiRequest, site: Pick<LoadedSiteData, 'regionIds'>): Promise<ApiAnswer> {
  const accepted = await acceptApi(input, { action: 'reports', limits: LIMITS.report, schema: reportSchema(site.regionIds) });
  if (accepted.refused) return accepted.refused;
  const { services, data, client } = accepted;
  const submissionKey = submissionKeyOf(accepted.fields[SUBMISSION_KEY_FIELD]);
  try {
    return json(
      201,
      await services.reports.submit(data, input.signal, client, submissionKey ? (tx) => claimSubmission(services, submissionKey, tx) : undefined),
    );
  } catch (error) {
    if (!(error instanceof DuplicateSubmission)) throw error;
    return apiError(409, 'duplicate', 'This report was received already: a post with this submissionKey was stored, and its case code was in that answer');
  }
}

/** `POST /api/reports/case` → 200 `{status, messages}` or 404. */
export async function postCaseLookup(input: ApiRequest): Promise<ApiAnswer> {
  const accepted = await acceptApi(input, { ...CASE, schema: caseLookupSchema });
  if (accepted.refused) return accepted.refused;
  const found = await accepted.services.reports.open(accepted.data.caseCode);
  if (!found) return caseNotFound();
  const messages = found.messages.map(({ author, text, at }) => ({ author, text, at: at.toISOString() }));
  return json(200, { status: found.status, urgent: found.urgent, messages });
}

/** `POST /api/reports/case/messages` → 201, 404, or 409 when the case is closed. */
export async function postCaseMessage(input: ApiRequest): Promise<ApiAnswer> {
  const accepted = await acceptApi(input, { ...CASE, schema: caseReplySchema });
  if (accepted.refused) return accepted.refused;
  const outcome = await accepted.services.reports.writeBack(accepted.data.caseCode, accepted.data.text);
  if (outcome === 'not-found') return caseNotFound();
  if (outcome === 'closed') return apiError(409, 'case-closed', 'This case is closed and takes no more messages');
  return json(201, {});
}

/** `POST /api/reports/case/erase` → 200 once the case is gone, or 404. */
export async function postCaseErase(input: ApiRequest): Promise<ApiAnswer> {
  const accepted = await acceptApi(input, { ...CASE, schema: caseLookupSchema });
  if (accepted.refused) return accepted.refused;
  return (await accepted.services.reports.erase(accepted.data.caseCode)) ? json(200, { erased: true }) : caseNotFound();
}
