/**
 * The help page's report form without JavaScript: the page posts to itself, and this turns the
 * post into what the page shows next. Same limits, body rules and schema as the API. Whatever
 * goes wrong, what the student typed comes back into the form.
 */
import { fieldErrors, reportSchema } from '../lib/report.ts';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './db/unavailable.ts';
import { LIMITS, readBody } from './request-body.ts';
import { servicesIfReachable } from './reachable.ts';

/** What the student typed, sent back into the form when something was wrong. */
export type FormValues = Record<string, string>;

export type ReportFormOutcome =
  | { kind: 'sent'; caseCode?: string | undefined; urgent: boolean }
  | { kind: 'invalid'; status: 400; values: FormValues; errors: Record<string, string> }
  | {
      kind: 'refused';
      status: 400 | 413 | 415 | 429 | 503;
      error: 'tooLarge' | 'tooLargeKept' | 'refused' | 'tooMany' | 'unavailable';
      retryAfterSeconds?: number;
      values?: FormValues;
    };

const asText = (fields: Record<string, unknown>): FormValues =>
  Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, typeof value === 'string' ? value : '']));

const unavailable = (values: FormValues) =>
  ({ kind: 'refused', status: 503, error: 'unavailable', retryAfterSeconds: RETRY_AFTER_SECONDS, values }) as const;

export async function submitReportForm(
  request: Request,
  clientAddress: string | undefined,
  regionIds: readonly string[],
): Promise<ReportFormOutcome> {
  const services = await servicesIfReachable();
  const verdict = await services?.limit('reports', clientAddress);
  if (verdict && !verdict.allowed) {
    return { kind: 'refused', status: 429, error: 'tooMany', retryAfterSeconds: verdict.retryAfterSeconds };
  }
  const body = await readBody(request, LIMITS.report);
  if (!body.ok) {
    if (body.partial) return { kind: 'refused', status: 413, error: 'tooLargeKept', values: body.partial };
    return { kind: 'refused', status: body.status, error: body.status === 413 ? 'tooLarge' : 'refused' };
  }
  const parsed = reportSchema(regionIds).safeParse(body.fields);
  if (!parsed.success) {
    return { kind: 'invalid', status: 400, values: asText(body.fields), errors: fieldErrors(parsed.error) };
  }
  if (!services) return unavailable(asText(body.fields));
  try {
    const { caseCode } = await services.reports.submit(parsed.data, request.signal);
    return { kind: 'sent', caseCode, urgent: parsed.data.urgent };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unavailable(asText(body.fields));
    throw error;
  }
}
