/**
 * The queue's search (`/admin/?q=…`): the messages and notes of the cases the person may see and
 * the filters select are read for this request, matched in memory (lib/text-search.ts) and
 * dropped. No index is kept on disk, so sealing the texts at rest leaves the search working.
 */
import { matchesAll, type TextQuery } from '../../lib/text-search.ts';
import type { QueueFilter } from '../store/inbox.ts';
import type { OfficeStores } from '../store/index.ts';

/** The id of every case of the filter whose texts hold every word of the query, in the queue's order. */
export async function searchQueue(office: Pick<OfficeStores, 'inbox' | 'caseTexts'>, filter: QueueFilter, query: TextQuery): Promise<string[]> {
  const texts = await office.caseTexts.of(filter);
  const matching = new Set<string>();
  for (const [id, list] of texts) if (matchesAll(query, list)) matching.add(id);
  if (matching.size === 0) return [];
  return (await office.inbox.queueIds(filter)).filter((id) => matching.has(id));
}
