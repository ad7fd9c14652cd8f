/**
 * The public transparency page's figures: the store's monthly aggregates, kept in memory for a
 * few minutes so that a busy page does not query the database on every visit.
 */
import { lastMonths } from '../lib/suppression.ts';
import { getServices } from './services.ts';
import type { MonthlyViews } from './store/page-views.ts';
import type { MonthlyFigures } from './store/statistics.ts';

const TRANSPARENCY_MONTHS = 12;
const KEEP_MS = 5 * 60_000;

let cached: { at: number; months: string[]; figures: MonthlyFigures; views: MonthlyViews[] } | undefined;

export async function transparencyFigures(now = new Date()): Promise<{ months: string[]; figures: MonthlyFigures; views: MonthlyViews[] }> {
  if (cached && now.getTime() - cached.at < KEEP_MS) return cached;
  const months = lastMonths(now, TRANSPARENCY_MONTHS);
  const { office } = await getServices();
  const figures = await office.statistics.monthly(new Date(`${months[0]}-01T00:00:00Z`));
  // Page views and widget views per month: counters, never about anyone.
  const views = await office.pageViews.monthly(`${months[0]}-01`);
  cached = { at: now.getTime(), months, figures, views };
  return cached;
}
