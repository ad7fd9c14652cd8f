/**
 * The transparency page's rule against singling out a child: a count under 5 is shown as "<5".
 * Zero is shown as it is, since it names nobody.
 */
export const SMALLEST_SHOWN_COUNT = 5;

export function shownCount(count: number): string {
  return count > 0 && count < SMALLEST_SHOWN_COUNT ? `<${SMALLEST_SHOWN_COUNT}` : String(count);
}

/** A median is shown only when at least 5 cases make it, for the same reason. */
export function shownMedian(median: number | undefined, cases: number): number | undefined {
  return cases >= SMALLEST_SHOWN_COUNT ? median : undefined;
}

/** The `count` months up to the one of `now` (UTC), oldest first, as `YYYY-MM`. */
export function lastMonths(now: Date, count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - index), 1));
    return date.toISOString().slice(0, 7);
  });
}
