/**
 * The help page's report form without JavaScript: the page posts to itself, and this turns the
 * post into what the page shows next. Same limits, body rules and schema as the API. Whatever
 * goes wrong, what the student typed comes back into the form; once the report is stored, the
 * page redirects to its one-time view (src/server/help/report-once.ts), which shows the code once.
 */
import { textFields } from '../lib/form-fields.ts';
import { reportSchema } from '../lib/report.ts';
import { accept } from './accept.ts';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './db/unavailable.ts';
import { LIMITS } from './request-body.ts';
import { limitedForm } from './limits/limited-form.ts';
import { servicesIfReachable } from './reachable.ts';
import { fileReportOnce } from './help/report-once.ts';
import { SUBMISSION_KEY_FIELD, submissionKeyOf } from './help/submission-key.ts';

/** What the student typed, sent back into the form when something was wrong. */
export type FormValues = Record<string, string>;

export type ReportFormOutcome =
  /** Stored now, or by an earlier post of the same form: `token` opens the view of its code. */
  | { kind: 'sent'; token: string }
  | { kind: 'invalid'; status: 400; values: FormValues; errors: Record<string, string> }
  | {
      kind: 'refused';
      status: 400 | 413 | 415 | 429 | 503;
      error: 'tooLarge' | 'tooLargeKept' | 'refused' | 'tooMany' | 'unavailable';
      retryAfterSeconds?: number;
      values?: FormValues;
      /** Over a rate limit: the proof of work that lets the report through (src/server/limits/limited-form.ts). */
      challenge?: string | undefined;
    };

const unavailable = (values: FormValues) => ({ kind: 'refused', status: 503, error: 'unavailable', retryAfterSeconds: RETRY_AFTER_SECONDS, values }) as const;

export async function submitReportForm(request: Request, clientAddress: string | undefined, regionIds: readonly string[]): Promise<ReportFormOutcome> {
  const services = await servicesIfReachable();
  const accepted = await accept(request, clientAddress, services, { action: 'reports', limits: LIMITS.report, schema: reportSchema(regionIds) });
  if (!accepted.ok) {
    if (accepted.step === 'limit') return { kind: 'refused', error: 'tooMany', ...limitedForm(accepted) };
    if (accepted.step === 'schema') return { kind: 'invalid', status: 400, values: textFields(accepted.fields), errors: accepted.errors };
    if (accepted.partial) return { kind: 'refused', status: 413, error: 'tooLargeKept', values: accepted.partial };
    return { kind: 'refused', status: accepted.status, error: accepted.status === 413 ? 'tooLarge' : 'refused' };
  }
  if (!services) return unavailable(textFields(accepted.fields));
  try {
    const { token } = await fileReportOnce(services, accepted.data, submissionKeyOf(accepted.fields[SUBMISSION_KEY_FIELD]), request.signal, accepted.client);
    return { kind: 'sent', token };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unavailable(textFields(accepted.fields));
    throw error;
  }
}
