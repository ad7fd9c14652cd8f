/**
 * The case page without JavaScript: every action is a POST of the code (never in the URL), and
 * this decides what comes next. What shows the case (the conversation, the question before
 * erasing, a reply refused) is kept as a one-time view and the page redirects to it
 * (src/server/help/case-view.ts), so Back and Reload never show it again. A reply that cannot be
 * sent because the database is away comes back into the form.
 */
import { z } from 'zod';
import { fieldText } from '../lib/form-fields.ts';
import { caseReplySchema, fieldErrors } from '../lib/report.ts';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './db/unavailable.ts';
import { servicesIfReachable } from './reachable.ts';
import type { Services } from './services.ts';
import { LIMITS } from './request-body.ts';
import { accept } from './accept.ts';
import { limitedForm, type Limited } from './limits/limited-form.ts';
import type { CaseViewShown } from './help/case-view.ts';
import { newViewToken } from './help/one-time-view.ts';
import { claimSubmission } from './help/report-once.ts';
import { DuplicateSubmission, SUBMISSION_KEY_FIELD, submissionKeyOf } from './help/submission-key.ts';
import { doOnce } from './submission-once.ts';

const INTENTS = ['open', 'reply', 'erase-ask', 'erase'] as const;
export type CaseIntent = (typeof INTENTS)[number];

export type CasePageView =
  | { view: 'enter'; status: number; notFound?: boolean; retryAfterSeconds?: number }
  /** Done: redirect to the one-time view that `token` opens. */
  | { view: 'redirect'; token: string }
  | { view: 'unavailable'; status: 503; retryAfterSeconds: number; intent: CaseIntent; code: string; text: string }
  | { view: 'limited'; status: 429; retryAfterSeconds: number; challenge?: string | undefined; intent: CaseIntent; code: string; text: string };

const anyFields = z.record(z.string(), z.unknown());
const notFound = { view: 'enter', status: 404, notFound: true } as const;

interface CasePost {
  intent: CaseIntent;
  code: string;
  text: string;
  fields: Record<string, unknown>;
  /** The body was over the limit and `text` is its first part. */
  cut: boolean;
  submissionKey: string | undefined;
}

/** Keeps `shown` as a one-time view under a new token. */
async function show(services: Services, shown: CaseViewShown): Promise<CasePageView> {
  const token = newViewToken();
  await services.views.issue('case', token, shown);
  return { view: 'redirect', token };
}

/** The student writes back once per submission key; the view of the case after it commits with the message. */
async function writeBack(services: Services, { code, fields, cut, text, submissionKey }: CasePost): Promise<CasePageView> {
  const parsed = cut ? undefined : caseReplySchema.safeParse(fields);
  if (!parsed?.success) {
    if (!(await services.reports.open(code))) return notFound;
    const reply = { error: parsed ? (fieldErrors(parsed.error)['text'] ?? 'required') : 'tooLargeKept', text };
    return show(services, { show: 'case', caseCode: code, notice: 'invalid-reply', reply });
  }
  const token = submissionKey ? services.submissionViewToken(submissionKey) : newViewToken();
  try {
    const outcome = await services.reports.writeBack(parsed.data.caseCode, parsed.data.text, async (tx) => {
      await claimSubmission(services, submissionKey, tx);
      await services.views.issue('case', token, { show: 'case', caseCode: code, notice: 'sent' } satisfies CaseViewShown, tx);
    });
    if (outcome === 'not-found') return notFound;
    if (outcome === 'closed') return show(services, { show: 'case', caseCode: code, notice: 'closed' });
  } catch (error) {
    if (!(error instanceof DuplicateSubmission)) throw error;
  }
  return { view: 'redirect', token };
}

/** Erases once per submission key: a second tap on "erase" lands on the first one's answer. */
async function erase(services: Services, { code, submissionKey }: CasePost): Promise<CasePageView> {
  const token = submissionKey ? services.submissionViewToken(submissionKey) : newViewToken();
  const once = await doOnce(
    services.office.submissionKeys,
    submissionKey,
    () => services.reports.erase(code),
    (erased) => erased,
  );
  if (once.duplicate) return { view: 'redirect', token };
  if (!once.result) return notFound;
  await services.views.issue('case', token, { show: 'erased' } satisfies CaseViewShown);
  return { view: 'redirect', token };
}

async function act(services: Services, post: CasePost): Promise<CasePageView> {
  if (post.intent === 'erase') return erase(services, post);
  if (post.intent === 'reply') return writeBack(services, post);
  if (!(await services.reports.open(post.code))) return notFound;
  return show(services, post.intent === 'erase-ask' ? { show: 'confirm-erase', caseCode: post.code } : { show: 'case', caseCode: post.code });
}

const intentOf = (value: unknown): CaseIntent => ((INTENTS as readonly string[]).includes(fieldText(value)) ? (value as CaseIntent) : 'open');

/** Over the limit: the code and the reply come back into the form, with the proof of work that lets them through. */
function limitedCase({ values, ...limited }: Limited): CasePageView {
  return { view: 'limited', ...limited, intent: intentOf(values['intent']), code: (values['caseCode'] ?? '').trim(), text: values['text'] ?? '' };
}

export async function handleCasePost(request: Request, clientAddress: string | undefined): Promise<CasePageView> {
  const services = await servicesIfReachable();
  // The fields are read whatever they hold: what the page does next depends on the intent.
  const accepted = await accept(request, clientAddress, services, { action: 'caseLookups', limits: LIMITS.case, schema: anyFields });
  let fields: Record<string, unknown>;
  if (accepted.ok) fields = accepted.fields;
  else if (accepted.step === 'limit') return limitedCase(limitedForm(accepted));
  else if (accepted.step === 'body' && accepted.partial) fields = accepted.partial;
  else return { view: 'enter', status: accepted.step === 'body' ? accepted.status : 400 };
  const intent = intentOf(fields['intent']);
  const post: CasePost = {
    intent,
    code: fieldText(fields['caseCode']).trim(),
    text: fieldText(fields['text']),
    fields,
    cut: !accepted.ok,
    submissionKey: submissionKeyOf(fields[SUBMISSION_KEY_FIELD]),
  };
  const unavailable = { view: 'unavailable', status: 503, retryAfterSeconds: RETRY_AFTER_SECONDS, intent, code: post.code, text: post.text } as const;
  if (!services) return unavailable;
  try {
    return await act(services, post);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unavailable;
    throw error;
  }
}
