/**
 * The help page's report form without JavaScript: the page posts to itself, and this turns the
 * post into what the page shows next. Same limits, body rules and schema as the API.
 */
import { fieldErrors, reportSchema } from '../lib/report.ts';
import { readBody } from './request-body.ts';
import { getServices } from './services.ts';

/** What the student typed, sent back into the form when something was wrong. */
export type FormValues = Record<string, string>;

export type ReportFormOutcome =
  | { kind: 'sent'; caseCode?: string | undefined; urgent: boolean }
  | { kind: 'invalid'; status: 400; values: FormValues; errors: Record<string, string> }
  | { kind: 'refused'; status: 400 | 413 | 415 | 429; error: 'tooLarge' | 'refused' | 'tooMany'; retryAfterSeconds?: number };

const asText = (fields: Record<string, unknown>): FormValues =>
  Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, typeof value === 'string' ? value : '']));

export async function submitReportForm(
  request: Request,
  clientAddress: string | undefined,
  regionIds: readonly string[],
): Promise<ReportFormOutcome> {
  const services = await getServices();
  const verdict = services.limit('reports', clientAddress);
  if (!verdict.allowed) {
    return { kind: 'refused', status: 429, error: 'tooMany', retryAfterSeconds: verdict.retryAfterSeconds };
  }
  const body = await readBody(request);
  if (!body.ok) {
    return { kind: 'refused', status: body.status, error: body.status === 413 ? 'tooLarge' : 'refused' };
  }
  const parsed = reportSchema(regionIds).safeParse(body.fields);
  if (!parsed.success) {
    return { kind: 'invalid', status: 400, values: asText(body.fields), errors: fieldErrors(parsed.error) };
  }
  const { caseCode } = await services.reports.submit(parsed.data);
  return { kind: 'sent', caseCode, urgent: parsed.data.urgent };
}
