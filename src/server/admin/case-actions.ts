/**
 * What an office member does on a case page: reply to the student, change the status, write an
 * internal note. Each is checked (role and region by the page's gate, CSRF here) and audited.
 */
import { CASE_STATUSES, fieldErrors, officeTextSchema, type CaseStatus } from '../../lib/report.ts';
import type { OfficeStores } from '../store/index.ts';
import type { OwnerNotice } from './owner-actions.ts';
import { actOnPlace, type PlaceNotice, type PlaceRefusal } from './safe-region.ts';

/** What was done (the page redirects), or why a reply or note was refused (the page gives the text back). */
export type CaseDone = 'replied' | 'status' | 'noted' | 'place' | OwnerNotice;
export type CaseNotice = CaseDone | PlaceNotice | 'empty' | 'tooLong' | 'controlCharacters';
// An owner the moderator could not hand the case to is told after the redirect: its form keeps no free text to give back.
export const DONE_NOTICES: readonly CaseDone[] = ['replied', 'status', 'noted', 'place', 'owner', 'owner-invalid'];
export const isDone = (notice: string): notice is CaseDone => (DONE_NOTICES as readonly string[]).includes(notice);

const isStatus = (value: string): value is CaseStatus => (CASE_STATUSES as readonly string[]).includes(value);
const REFUSALS: Record<string, CaseNotice> = { tooLong: 'tooLong', controlCharacters: 'controlCharacters' };

/** Carries out the posted `intent`; the notice tells the page what to say (a refused place change, field by field). */
export async function actOnCase(
  office: OfficeStores,
  actor: string,
  caseId: string,
  fields: Record<string, string>,
  at: Date,
): Promise<CaseNotice | PlaceRefusal> {
  const intent = fields['intent'];
  if (intent === 'reply' || intent === 'note') {
    // The office writes under the same text rules as the student: no control characters, NFC.
    const parsed = officeTextSchema.safeParse({ text: fields['text'] ?? '' });
    if (!parsed.success) return REFUSALS[fieldErrors(parsed.error)['text'] ?? ''] ?? 'empty';
    const { text } = parsed.data;
    if (intent === 'reply') await office.reports.addMessage(caseId, 'office', text, at, actor);
    else await office.inbox.addNote(caseId, actor, text, at);
    // The audit trail says that a reply or note was written, never what it says.
    await office.audit.record({ at, actor, action: intent, target: caseId, detail: undefined });
    return intent === 'reply' ? 'replied' : 'noted';
  }
  if (intent === 'safe-region') return actOnPlace(office, actor, caseId, fields, at);
  if (intent === 'status' && isStatus(fields['status'] ?? '')) {
    const status = fields['status'] as CaseStatus;
    await office.reports.setStatus(caseId, status, at);
    await office.audit.record({ at, actor, action: 'status', target: caseId, detail: status });
    return 'status';
  }
  return 'empty';
}
