/**
 * The case page without JavaScript: every action is a POST of the code (never in the URL), and
 * this decides what the page shows next. A reply that cannot be sent (too long, the database
 * away) comes back into the form.
 */
import { z } from 'zod';
import { fieldText } from '../lib/form-fields.ts';
import { caseReplySchema, fieldErrors } from '../lib/report.ts';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './db/unavailable.ts';
import { servicesIfReachable } from './reachable.ts';
import type { ReportService } from './reports.ts';
import { LIMITS } from './request-body.ts';
import { accept } from './accept.ts';
import { limitedForm, type Limited } from './limits/limited-form.ts';
import type { CaseView } from './store/types.ts';

const INTENTS = ['open', 'reply', 'erase-ask', 'erase'] as const;
export type CaseIntent = (typeof INTENTS)[number];

export type CasePageView =
  | { view: 'enter'; status: number; notFound?: boolean; retryAfterSeconds?: number }
  | {
      view: 'case';
      status: number;
      code: string;
      found: CaseView;
      notice?: 'sent' | 'closed' | 'invalid-reply';
      /** Of an invalid reply: the error key (report.error.*) and the text, given back. */
      reply?: { error: string; text: string };
    }
  | { view: 'confirm-erase'; status: number; code: string }
  | { view: 'erased'; status: number }
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
}

async function act(reports: ReportService, { intent, code, text, fields, cut }: CasePost): Promise<CasePageView> {
  if (intent === 'erase') return (await reports.erase(code)) ? { view: 'erased', status: 200 } : notFound;
  let notice: 'sent' | 'closed' | 'invalid-reply' | undefined;
  let reply: { error: string; text: string } | undefined;
  if (intent === 'reply') {
    const parsed = cut ? undefined : caseReplySchema.safeParse(fields);
    if (!parsed?.success) {
      notice = 'invalid-reply';
      reply = { error: parsed ? (fieldErrors(parsed.error)['text'] ?? 'required') : 'tooLargeKept', text };
    } else {
      const outcome = await reports.writeBack(parsed.data.caseCode, parsed.data.text);
      if (outcome === 'not-found') return notFound;
      notice = outcome === 'added' ? 'sent' : 'closed';
    }
  }
  const found = await reports.open(code);
  if (!found) return notFound;
  if (intent === 'erase-ask') return { view: 'confirm-erase', status: 200, code };
  const status = notice === 'invalid-reply' ? (cut ? 413 : 400) : 200;
  return { view: 'case', status, code, found, ...(notice ? { notice } : {}), ...(reply ? { reply } : {}) };
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
  const post: CasePost = { intent, code: fieldText(fields['caseCode']).trim(), text: fieldText(fields['text']), fields, cut: !accepted.ok };
  const unavailable = { view: 'unavailable', status: 503, retryAfterSeconds: RETRY_AFTER_SECONDS, intent, code: post.code, text: post.text } as const;
  if (!services) return unavailable;
  try {
    return await act(services.reports, post);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unavailable;
    throw error;
  }
}
