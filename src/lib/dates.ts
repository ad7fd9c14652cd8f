import { LANG_TAGS, type Lang } from './langs.ts';

/** Kazakhstan has one time zone, UTC+5, since 1 March 2024. */
export const TIME_ZONE = 'Asia/Almaty';

export function formatDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(LANG_TAGS[lang], { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
}

export function formatTime(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(LANG_TAGS[lang], { timeStyle: 'short', hourCycle: 'h23', timeZone: TIME_ZONE }).format(date);
}

/** «12 марта 2026 г., 14:30»: the date and time of a message, a record or a webinar, in Almaty time. */
export function formatDateTime(lang: Lang, date: Date): string {
  return `${formatDate(lang, date)}, ${formatTime(lang, date)}`;
}

/** `YYYY-MM-DD` of a date, as the `datetime` attribute of `<time>` wants it. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export type WebinarStatus = 'upcoming' | 'live' | 'past';

export function webinarEnd(startsAt: Date, durationMinutes: number): Date {
  return new Date(startsAt.getTime() + durationMinutes * 60_000);
}

export function webinarStatus(startsAt: Date, durationMinutes: number, now: Date): WebinarStatus {
  if (now.getTime() < startsAt.getTime()) return 'upcoming';
  return now.getTime() < webinarEnd(startsAt, durationMinutes).getTime() ? 'live' : 'past';
}
