/**
 * One page of the queue: the cases of the filters, the search and the person's regions, in the
 * queue's order, each with the opening of its message and its owner's name, and the addresses of
 * the pages before and after, keeping the filters. A page past the end (an old link, a typed
 * number) sends to the last page there is.
 */
import type { QueueItem } from '../../lib/case-views.ts';
import { adminPaths } from '../../lib/paths.ts';
import { previewOf } from '../../lib/preview.ts';
import { textQuery } from '../../lib/text-search.ts';
import { QUEUE_PAGE_SIZE, type QueueFilter } from '../store/inbox.ts';
import type { OfficeStores } from '../store/index.ts';
import { queuePagePath, type QueueQuery } from './queue-filter.ts';
import { searchQueue } from './queue-search.ts';

export interface QueueRow extends QueueItem {
  /** The first ~120 characters of the child's first message. */
  preview: string;
  ownerName: string | undefined;
}

export interface QueuePage {
  cases: QueueRow[];
  /** The rank of the first and last case shown, counted from the top of the queue. */
  shown: { from: number; to: number };
  previousPath: string | undefined;
  nextPath: string | undefined;
}

/** The store's filter for the query, the person and their regions. */
export function queueFilterOf(query: QueueQuery, userId: string, allowedRegions: readonly string[] | undefined): QueueFilter {
  const owner = query.owner === 'mine' ? { id: userId } : query.owner;
  return { status: query.status, category: query.category, region: query.region, owner, allowedRegions };
}

/** The cases of one page, and one more when a next page exists. */
async function casesOf(office: OfficeStores, query: QueueQuery, filter: QueueFilter, offset: number): Promise<{ found: QueueItem[]; total?: number }> {
  const search = textQuery(query.q);
  if (!search) return { found: await office.inbox.queue(filter, { offset, limit: QUEUE_PAGE_SIZE + 1 }) };
  const ids = await searchQueue(office, filter, search);
  // Only the page's rows are read whole; the search needs no more than ids.
  return { found: await office.inbox.queueItems(ids.slice(offset, offset + QUEUE_PAGE_SIZE + 1)), total: ids.length };
}

async function withTexts(office: OfficeStores, cases: QueueItem[]): Promise<QueueRow[]> {
  const ids = cases.map((item) => item.id);
  const firstMessages = await office.caseTexts.firstMessages(ids);
  const owners = await office.owners.names(cases.flatMap((item) => (item.ownerId ? [item.ownerId] : [])));
  return cases.map((item) => ({
    ...item,
    preview: previewOf(firstMessages.get(item.id) ?? ''),
    ownerName: item.ownerId ? (owners.get(item.ownerId) ?? '—') : undefined,
  }));
}

export async function queuePage(
  office: OfficeStores,
  query: QueueQuery,
  filter: QueueFilter,
): Promise<({ ok: true } & QueuePage) | { ok: false; redirect: string }> {
  // One more than a page, to know whether a next page exists without counting the whole queue.
  const offset = (query.page - 1) * QUEUE_PAGE_SIZE;
  const { found, total } = await casesOf(office, query, filter, offset);
  if (found.length === 0 && query.page > 1) {
    const last = Math.max(1, Math.ceil((total ?? (await office.inbox.count(filter))) / QUEUE_PAGE_SIZE));
    return { ok: false, redirect: queuePagePath(adminPaths.queue, query, last) };
  }
  const cases = await withTexts(office, found.slice(0, QUEUE_PAGE_SIZE));
  return {
    ok: true,
    cases,
    shown: { from: offset + 1, to: offset + cases.length },
    previousPath: query.page > 1 ? queuePagePath(adminPaths.queue, query, query.page - 1) : undefined,
    nextPath: found.length > QUEUE_PAGE_SIZE ? queuePagePath(adminPaths.queue, query, query.page + 1) : undefined,
  };
}
