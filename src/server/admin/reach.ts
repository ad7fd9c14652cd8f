/**
 * The reach page's figures and its CSV export: the counter rows of the last months,
 * summed by period, lang, audience, kind of page, source and region. Counts only: no row of it
 * can say anything about a person.
 */
import { almatyDay, EXPORT_COLUMNS, monthOf, monthsUpTo, sumBy, sumByPeriod, weekOf, weeksUpTo, type ViewCount } from '../../lib/reach.ts';
import { toCsv } from '../../lib/statistics.ts';
import { publicPages } from '../../site/page-paths.ts';
import type { OfficeStores } from '../store/index.ts';

/** A year of months: what an office reports on. */
export const REACH_MONTHS = 12;
export const REACH_WEEKS = 12;

export type Sums = { key: string; views: number }[];

export interface ReachFigures {
  total: number;
  byWeek: Sums;
  byMonth: Sums;
  byLang: Sums;
  byAudience: Sums;
  byKind: Sums;
  bySource: Sums;
  byRegion: Sums;
}

/** The first day counted: the first of the month `REACH_MONTHS - 1` months back. */
export const reachSince = (now: Date) => `${monthsUpTo(almatyDay(now), REACH_MONTHS)[0]}-01`;

export async function reachFigures(office: OfficeStores, now: Date): Promise<ReachFigures> {
  const today = almatyDay(now);
  const counts = await office.pageViews.since(reachSince(now));
  const pages = await publicPages();
  const info = (count: ViewCount) => pages.get(count.path);
  return {
    total: counts.reduce((sum, count) => sum + count.views, 0),
    byWeek: sumByPeriod(counts, weekOf, weeksUpTo(today, REACH_WEEKS)),
    byMonth: sumByPeriod(counts, monthOf, monthsUpTo(today, REACH_MONTHS)),
    byLang: sumBy(counts, (count) => count.lang),
    // A lesson for two audiences counts for each: the sums by audience may add up to more.
    byAudience: sumBy(counts, (count) => info(count)?.audiences ?? []),
    byKind: sumBy(counts, (count) => info(count)?.kind ?? 'other'),
    bySource: sumBy(counts, (count) => count.source),
    byRegion: sumBy(counts, (count) => count.region || 'none'),
  };
}

/** `day,path,lang,source,region,views`, one line per counter row of the period. */
export async function reachCsv(office: OfficeStores, now: Date): Promise<string> {
  const counts = await office.pageViews.since(reachSince(now));
  return toCsv([[...EXPORT_COLUMNS], ...counts.map((count) => EXPORT_COLUMNS.map((column) => String(count[column])))]);
}
