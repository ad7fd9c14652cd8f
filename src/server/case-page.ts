/**
 * The case page without JavaScript: every action is a POST of the code (never in the URL), and
 * this decides what the page shows next.
 */
import { caseReplySchema } from '../lib/report.ts';
import { readBody } from './request-body.ts';
import { getServices } from './services.ts';
import type { CaseView } from './store/types.ts';

export type CasePageView =
  | { view: 'enter'; status: number; notFound?: boolean; retryAfterSeconds?: number }
  | { view: 'case'; status: number; code: string; found: CaseView; notice?: 'sent' | 'closed' | 'invalid-reply' }
  | { view: 'confirm-erase'; status: number; code: string }
  | { view: 'erased'; status: number };

const INTENTS = ['open', 'reply', 'erase-ask', 'erase'] as const;
type Intent = (typeof INTENTS)[number];

const asString = (value: unknown) => (typeof value === 'string' ? value : '');

export async function handleCasePost(request: Request, clientAddress: string | undefined): Promise<CasePageView> {
  const { reports, limit } = await getServices();
  const verdict = limit('caseLookups', clientAddress);
  if (!verdict.allowed) return { view: 'enter', status: 429, retryAfterSeconds: verdict.retryAfterSeconds };
  const body = await readBody(request);
  if (!body.ok) return { view: 'enter', status: body.status };
  const code = asString(body.fields['caseCode']).trim();
  // Any other intent (or none) opens the case, as the form's default button does.
  const intent: Intent = INTENTS.find((known) => known === body.fields['intent']) ?? 'open';

  if (intent === 'erase') {
    return (await reports.erase(code)) ? { view: 'erased', status: 200 } : { view: 'enter', status: 404, notFound: true };
  }
  let notice: 'sent' | 'closed' | 'invalid-reply' | undefined;
  if (intent === 'reply') {
    const reply = caseReplySchema.safeParse(body.fields);
    if (!reply.success) notice = 'invalid-reply';
    else {
      const outcome = await reports.writeBack(reply.data.caseCode, reply.data.text);
      if (outcome === 'not-found') return { view: 'enter', status: 404, notFound: true };
      notice = outcome === 'added' ? 'sent' : 'closed';
    }
  }
  const found = await reports.open(code);
  if (!found) return { view: 'enter', status: 404, notFound: true };
  if (intent === 'erase-ask') return { view: 'confirm-erase', status: 200, code };
  return { view: 'case', status: notice === 'invalid-reply' ? 400 : 200, code, found, ...(notice ? { notice } : {}) };
}
