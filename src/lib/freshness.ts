/**
 * How old a check is. A date in YAML (`checkedOn: 2026-05-14`) names a calendar day, read as
 * midnight UTC; "today" is the day in Kazakhstan (UTC+5), so a check made this morning in Almaty
 * is not in the future for a build server in another zone.
 */
import { TIME_ZONE } from './dates.ts';

/** A check older than this many months no longer vouches for anything: laws and addresses change. */
export const CHECK_VALID_MONTHS = 12;

/** `YYYY-MM-DD` of the calendar day a YAML date names. */
export function calendarDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` of the day it is in Kazakhstan at `now`. */
export function todayInKazakhstan(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The same day `months` earlier; the 31st of a shorter month becomes its last day. */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(date, lastDay))}`;
}

export type CheckAge = 'fresh' | 'outdated' | 'future';

/**
 * A check on `checkedOn` seen at `now`: fresh for CHECK_VALID_MONTHS (a check on 2025-12-02 is
 * still fresh on 2026-12-02 and outdated the next day), and "future" for a date that has not come
 * yet in Kazakhstan, which is a typo and vouches for nothing.
 */
export function checkAge(checkedOn: Date, now: Date, months: number = CHECK_VALID_MONTHS): CheckAge {
  const day = calendarDay(checkedOn);
  const today = todayInKazakhstan(now);
  if (day > today) return 'future';
  return day >= monthsBefore(today, months) ? 'fresh' : 'outdated';
}
