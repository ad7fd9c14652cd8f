/**
 * Working days in Kazakhstan, counted in Almaty's calendar: the date a child may expect an answer
 * and the due date of a case. A day is `YYYY-MM-DD`; weekends and the days off of
 * content/data/holidays.yaml are skipped.
 */
import { TIME_ZONE } from './dates.ts';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day in Almaty on which `at` falls, `YYYY-MM-DD`. */
export function almatyDay(at: Date): string {
  return dayFormat.format(at);
}

/** Noon UTC of a day keeps day arithmetic clear of any time zone. */
const noonOf = (day: string): Date => new Date(`${day}T12:00:00Z`);
const dayOf = (noon: Date): string => noon.toISOString().slice(0, 10);

export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const weekday = noonOf(day).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/**
 * The `days`-th working day after the day of `from` (the day itself does not count, as a report
 * filed at 23:00 gets no less time than one filed at 9:00).
 */
export function addWorkingDays(from: Date, days: number, holidays: ReadonlySet<string>): string {
  const noon = noonOf(almatyDay(from));
  let left = Math.max(0, Math.trunc(days));
  while (left > 0) {
    noon.setUTCDate(noon.getUTCDate() + 1);
    if (isWorkingDay(dayOf(noon), holidays)) left -= 1;
  }
  return dayOf(noon);
}

/** The last moment of a day in Almaty (UTC+5): a case is overdue after it. */
export function endOfAlmatyDay(day: string): Date {
  return new Date(`${day}T23:59:59.999+05:00`);
}
