/** The queue's filters from the address (a plain GET form), only values the inbox knows. */
import { CASE_STATUSES, REPORT_CATEGORIES, type CaseStatus } from '../../lib/report.ts';

export interface QueueQuery {
  status: CaseStatus | undefined;
  category: string | undefined;
  region: string | undefined;
}

export function queueQuery(params: URLSearchParams, regionIds: readonly string[]): QueueQuery {
  const pick = <T extends string>(name: string, allowed: readonly T[]) => {
    const value = params.get(name);
    return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
  };
  return { status: pick('status', CASE_STATUSES), category: pick('category', REPORT_CATEGORIES), region: pick('region', regionIds) };
}
