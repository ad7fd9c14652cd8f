/** The queue's filters from the address (a plain GET form), only values the inbox knows. */
import { CASE_STATUSES, REPORT_CATEGORIES, type CaseStatus } from '../../lib/report.ts';
import { QUERY_MAX } from '../../lib/text-search.ts';

/** `mine`: the cases the signed-in person took; `none`: nobody's yet, the region's; absent: everyone's. */
export const OWNER_FILTERS = ['mine', 'none'] as const;
export type OwnerFilter = (typeof OWNER_FILTERS)[number];

export interface QueueQuery {
  status: CaseStatus | undefined;
  category: string | undefined;
  region: string | undefined;
  owner: OwnerFilter | undefined;
  /** Words to find in the cases' messages and notes (`?q=`), as typed. */
  q: string | undefined;
  /** 1 for the first page of the queue. */
  page: number;
}

/**
 * Far past any real queue (5 million cases at 50 a page); a larger number, or one past the end,
 * is shown as the last page, and the offset stays an integer both databases take.
 */
export const MAX_QUEUE_PAGE = 100_000;

export function queueQuery(params: URLSearchParams, regionIds: readonly string[]): QueueQuery {
  const pick = <T extends string>(name: string, allowed: readonly T[]) => {
    const value = params.get(name);
    return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
  };
  const page = Number(params.get('page'));
  return {
    status: pick('status', CASE_STATUSES),
    category: pick('category', REPORT_CATEGORIES),
    region: pick('region', regionIds),
    owner: pick('owner', OWNER_FILTERS),
    q: params.get('q')?.trim().slice(0, QUERY_MAX) || undefined,
    page: Number.isInteger(page) && page > 1 ? Math.min(page, MAX_QUEUE_PAGE) : 1,
  };
}

/** The queue's address for another page, keeping the filters. */
export function queuePagePath(base: string, query: QueueQuery, page: number): string {
  const params = new URLSearchParams();
  for (const name of ['q', 'status', 'category', 'region', 'owner'] as const) {
    const value = query[name];
    if (value) params.set(name, value);
  }
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}
