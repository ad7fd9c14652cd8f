/**
 * Fines are set in MCI (АЕК / МРП), whose value in tenge the budget law changes every year; lessons
 * write `<Mci n={10} />` and the sum follows content/data/mci.yaml.
 */

/** One year's MCI as content/data/mci.yaml gives it. */
export interface MciYear {
  year: number;
  tenge: number;
}

/**
 * The MCI for `year`, or the latest known year when that one is missing (`exact: false`, so the
 * page says whose year the sum is). Undefined only when the table is empty.
 */
export function mciFor(table: readonly MciYear[], year: number): (MciYear & { exact: boolean }) | undefined {
  const exact = table.find((entry) => entry.year === year);
  if (exact) return { ...exact, exact: true };
  const latest = [...table].filter((entry) => entry.year < year).sort((a, b) => b.year - a.year)[0];
  const fallback = latest ?? [...table].sort((a, b) => a.year - b.year)[0];
  return fallback ? { ...fallback, exact: false } : undefined;
}

/** `n` MCI in tenge, rounded to whole tenge as fines are. */
export const tengeFor = (n: number, mci: MciYear) => Math.round(n * mci.tenge);

/** The year in Kazakhstan (Asia/Almaty, UTC+5): the year whose MCI applies at `now`. */
export function yearInKazakhstan(now: Date): number {
  return Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Almaty' }).format(now));
}
