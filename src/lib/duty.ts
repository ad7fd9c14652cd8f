/**
 * A moderator's duty hours: whether they take alerts at all, on which days of the week and
 * between which hours, in Almaty's time (UTC+5 everywhere in Kazakhstan). A span that ends
 * before it starts (20:00–08:00) runs over midnight and belongs to the day it starts on.
 */
import { TIME_ZONE } from './dates.ts';

/** Monday is 1, Sunday 7 (ISO 8601). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Duty {
  /** Off: no alerts reach this person, whatever the hours say. */
  on: boolean;
  days: Weekday[];
  /** `HH:MM`, Almaty time. Equal `from` and `to` mean the whole day. */
  from: string;
  to: string;
}

/** What a new account has: no alerts until the person chooses their hours. */
export const NO_DUTY: Duty = { on: false, days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const isTime = (value: string) => TIME.test(value);
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const WEEKDAY_NUMBER: Record<string, Weekday> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The weekday and minute of the day in Almaty at `at`. */
export function almatyClock(at: Date): { weekday: Weekday; minute: number } {
  const parts = Object.fromEntries(clock.formatToParts(at).map((part) => [part.type, part.value]));
  return { weekday: WEEKDAY_NUMBER[parts['weekday'] ?? 'Mon'] ?? 1, minute: Number(parts['hour']) * 60 + Number(parts['minute']) };
}

/** Whether a person with these duty hours takes alerts at `at`. */
export function isOnDuty(duty: Duty, at: Date): boolean {
  if (!duty.on) return false;
  const { weekday, minute } = almatyClock(at);
  const from = minutesOf(duty.from);
  const to = minutesOf(duty.to);
  if (from === to) return duty.days.includes(weekday);
  if (from < to) return duty.days.includes(weekday) && minute >= from && minute < to;
  // Over midnight: the evening of a duty day, or the small hours after one.
  const yesterday = (((weekday + 5) % 7) + 1) as Weekday;
  return (duty.days.includes(weekday) && minute >= from) || (duty.days.includes(yesterday) && minute < to);
}

/** Duty hours from their stored JSON; anything unreadable is no duty at all. */
export function parseDuty(stored: string | null | undefined): Duty {
  if (!stored) return NO_DUTY;
  try {
    const value = JSON.parse(stored) as Partial<Duty>;
    const days = Array.isArray(value.days) ? value.days.filter((day): day is Weekday => (WEEKDAYS as readonly number[]).includes(day)) : [];
    if (typeof value.from !== 'string' || typeof value.to !== 'string' || !isTime(value.from) || !isTime(value.to)) return NO_DUTY;
    return { on: value.on === true, days, from: value.from, to: value.to };
  } catch {
    return NO_DUTY;
  }
}
