/**
 * What the public Safe region pages may know: the fixed places with the office's
 * public notes and the month, and per region the places reported, passed and fixed this year
 * (in Asia/Almaty). Never the student's words, the case or a date finer than the month.
 */
import { almatyDay } from '../../lib/reach.ts';
import { getServices } from '../services.ts';
import type { FixedPlace, RegionYear } from '../store/places.ts';

export interface SafeRegionFigures {
  year: number;
  fixed: FixedPlace[];
  counts: RegionYear[];
}

/** Midnight of 1 January of `year` in Kazakhstan (UTC+5), as an ISO time. */
const newYearIn = (year: number) => new Date(`${year}-01-01T00:00:00+05:00`).toISOString();

export async function safeRegionFigures(region?: string, now = new Date()): Promise<SafeRegionFigures> {
  const year = Number(almatyDay(now).slice(0, 4));
  const { office } = await getServices();
  const counts = await office.places.yearCounts(newYearIn(year), newYearIn(year + 1));
  return {
    year,
    fixed: await office.places.fixed(region),
    counts: region ? counts.filter((count) => count.region === region) : counts,
  };
}
