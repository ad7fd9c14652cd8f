/**
 * The leading edge of a flood: reports stored unmarked in the minutes before the flood was
 * noticed, from clients that had already written that hour. Reports arrive faster than a flood
 * can be told from them, so when it is, these are marked too. Only their ids are kept, in this
 * process's memory, for one window: nothing about a client is ever stored.
 */

/** At most this many ids a region: a flood's edge is short, a bound keeps memory small whatever comes. */
const MOST_REMEMBERED = 2000;

export function createFloodEdge(windowMs: number) {
  const byRegion = new Map<string, { id: string; at: number }[]>();

  const recent = (region: string, at: number) => (byRegion.get(region) ?? []).filter((entry) => at - entry.at < windowMs);

  return {
    /** Remembers a report stored unmarked that a flood, if one is noticed within the window, would mark. */
    remember(region: string, id: string, at: Date): void {
      const kept = recent(region, at.getTime());
      kept.push({ id, at: at.getTime() });
      byRegion.set(region, kept.slice(-MOST_REMEMBERED));
    },
    /** The ids remembered in `region` within the window before `at`, forgotten as they are handed over. */
    take(region: string, at: Date): string[] {
      const ids = recent(region, at.getTime()).map((entry) => entry.id);
      byRegion.delete(region);
      return ids;
    },
  };
}
