/**
 * One page of the queue: the cases of the filters and the person's regions, in the queue's order,
 * and the addresses of the pages before and after, keeping the filters. A page past the end (an
 * old link, a typed number) sends to the last page there is.
 */
import type { QueueItem } from '../../lib/case-views.ts';
import { adminPaths } from '../../lib/paths.ts';
import { QUEUE_PAGE_SIZE } from '../store/inbox.ts';
import type { OfficeStores } from '../store/index.ts';
import { queuePagePath, type QueueQuery } from './queue-filter.ts';

export interface QueuePage {
  cases: QueueItem[];
  /** The rank of the first and last case shown, counted from the top of the queue. */
  shown: { from: number; to: number };
  previousPath: string | undefined;
  nextPath: string | undefined;
}

export async function queuePage(
  office: OfficeStores,
  query: QueueQuery,
  allowedRegions: readonly string[] | undefined,
): Promise<({ ok: true } & QueuePage) | { ok: false; redirect: string }> {
  // One more than a page, to know whether a next page exists without counting the whole queue.
  const offset = (query.page - 1) * QUEUE_PAGE_SIZE;
  const filter = { ...query, allowedRegions };
  const found = await office.inbox.queue(filter, { offset, limit: QUEUE_PAGE_SIZE + 1 });
  if (found.length === 0 && query.page > 1) {
    const last = Math.max(1, Math.ceil((await office.inbox.count(filter)) / QUEUE_PAGE_SIZE));
    return { ok: false, redirect: queuePagePath(adminPaths.queue, query, last) };
  }
  const cases = found.slice(0, QUEUE_PAGE_SIZE);
  return {
    ok: true,
    cases,
    shown: { from: offset + 1, to: offset + cases.length },
    previousPath: query.page > 1 ? queuePagePath(adminPaths.queue, query, query.page - 1) : undefined,
    nextPath: found.length > QUEUE_PAGE_SIZE ? queuePagePath(adminPaths.queue, query, query.page + 1) : undefined,
  };
}
