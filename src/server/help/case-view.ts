/**
 * The case page's one-time view (`/{lang}/help/case/view/`): what the case page's last post led
 * to, shown once. The case is read afresh with the code the view kept, so the status and the
 * replies are those of now; a view opened already, expired or never made is the closed page.
 */
import type { CaseView } from '../../lib/case-views.ts';
import { getServices } from '../services.ts';
import { newSubmissionKey } from './submission-key.ts';
import { viewTokenOf } from './one-time-view.ts';

/** What a case view shows, sealed in its row (src/server/help/one-time-view.ts). */
export type CaseViewShown =
  | {
      show: 'case';
      caseCode: string;
      notice?: 'sent' | 'closed' | 'invalid-reply';
      /** A reply that was not sent: why (a report.error.* key), and its text, given back. */
      reply?: { error: string; text: string };
    }
  | { show: 'confirm-erase'; caseCode: string }
  | { show: 'erased' };

export type CaseViewPage =
  | {
      view: 'case';
      code: string;
      found: CaseView;
      notice?: 'sent' | 'closed' | 'invalid-reply';
      reply?: { error: string; text: string };
      submissionKey: string;
    }
  | { view: 'confirm-erase'; code: string; submissionKey: string }
  | { view: 'erased' }
  | { view: 'closed' };

const isShown = (value: unknown): value is CaseViewShown =>
  typeof value === 'object' && value !== null && ['case', 'confirm-erase', 'erased'].includes(String((value as { show?: unknown }).show));

/** Opens the view the request's cookie names, once. */
export async function openCaseView(request: Request): Promise<CaseViewPage> {
  const token = viewTokenOf(request);
  if (!token) return { view: 'closed' };
  const services = await getServices();
  const shown = await services.views.open('case', token);
  if (!isShown(shown)) return { view: 'closed' };
  if (shown.show === 'erased') return { view: 'erased' };
  const found = await services.reports.open(shown.caseCode);
  // Erased since, or a view of a case that is gone: nothing to show.
  if (!found) return { view: 'closed' };
  if (shown.show === 'confirm-erase') return { view: 'confirm-erase', code: shown.caseCode, submissionKey: newSubmissionKey() };
  return {
    view: 'case',
    code: shown.caseCode,
    found,
    ...(shown.notice ? { notice: shown.notice } : {}),
    ...(shown.reply ? { reply: shown.reply } : {}),
    submissionKey: newSubmissionKey(),
  };
}
