/**
 * When a Safe region place is settled, its case moves with it: a place made "fixed" or "rejected"
 * puts a message from the office in the case, in the child's language, and so the case becomes
 * "answered" (as every office reply does). The message is the public note the office wrote for the
 * place, or a plain sentence for a child when there is none.
 */
import { useTranslations } from '../../i18n/index.ts';
import { isLang } from '../../lib/langs.ts';
import type { PlaceChange, PlaceStatus } from '../../lib/safe-region.ts';
import type { OfficeStores } from '../store/index.ts';

export async function tellStudentOfPlace(
  office: OfficeStores,
  actor: string,
  caseId: string,
  before: PlaceStatus,
  change: PlaceChange,
  at: Date,
): Promise<void> {
  if (change.status === before || (change.status !== 'fixed' && change.status !== 'rejected')) return;
  const found = await office.inbox.case(caseId);
  if (!found) return;
  const lang = isLang(found.lang) ? found.lang : 'kk';
  const note = change.status === 'fixed' ? (lang === 'kk' ? change.publicNoteKk : change.publicNoteRu) : undefined;
  const text = note ?? useTranslations(lang)(change.status === 'fixed' ? 'case.place.fixed' : 'case.place.rejected');
  await office.reports.addMessage(caseId, 'office', text, at, actor);
  await office.audit.record({ at, actor, action: 'reply', target: caseId, detail: `safe-region: ${change.status}` });
}
