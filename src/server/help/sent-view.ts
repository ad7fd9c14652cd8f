/**
 * The help page's one-time view (`/{lang}/help/sent/`): the case code of the report just sent,
 * shown once, with the day an answer may be expected. A view opened already, expired or never
 * made is the closed page.
 */
import { getServices } from '../services.ts';
import { isSentView, type SentView } from './report-once.ts';
import { viewTokenOf } from './one-time-view.ts';

export type SentViewPage = { view: 'sent'; sent: SentView } | { view: 'closed' };

export async function openSentView(request: Request): Promise<SentViewPage> {
  const token = viewTokenOf(request);
  if (!token) return { view: 'closed' };
  const sent = await (await getServices()).views.open('report-sent', token);
  return isSentView(sent) ? { view: 'sent', sent } : { view: 'closed' };
}
