import { webinarEnd } from './dates.ts';

export interface ScheduledWebinar {
  startsAt: Date;
  durationMinutes: number;
}

type Dated = { entry: { data: { startsAt: string; durationMinutes: number } } };

const entrySchedule = (webinar: Dated): ScheduledWebinar => ({
  startsAt: new Date(webinar.entry.data.startsAt),
  durationMinutes: webinar.entry.data.durationMinutes,
});

// Only the overloads without `schedule` reach this, and they require T to be a collection entry.
const readEntry = <T>() => entrySchedule as unknown as (webinar: T) => ScheduledWebinar;

/**
 * The webinars that have not ended by `now`, soonest first. `schedule` reads a webinar's start and
 * length: from a collection entry by default, or from a webinar that carries them itself (the widget's feed).
 */
export function webinarsNotEnded<T>(webinars: readonly T[], now: Date, schedule: (webinar: T) => ScheduledWebinar): T[];
export function webinarsNotEnded<T extends Dated>(webinars: readonly T[], now: Date): T[];
export function webinarsNotEnded<T>(webinars: readonly T[], now: Date, schedule?: (webinar: T) => ScheduledWebinar): T[] {
  const read = schedule ?? readEntry<T>();
  return webinars
    .filter((webinar) => {
      const { startsAt, durationMinutes } = read(webinar);
      return webinarEnd(startsAt, durationMinutes).getTime() > now.getTime();
    })
    .sort((a, b) => read(a).startsAt.getTime() - read(b).startsAt.getTime());
}

/** The webinar that starts soonest and has not ended yet. */
export function nextWebinar<T>(webinars: readonly T[], now: Date, schedule: (webinar: T) => ScheduledWebinar): T | undefined;
export function nextWebinar<T extends Dated>(webinars: readonly T[], now: Date): T | undefined;
export function nextWebinar<T>(webinars: readonly T[], now: Date, schedule?: (webinar: T) => ScheduledWebinar): T | undefined {
  return webinarsNotEnded(webinars, now, schedule ?? readEntry<T>())[0];
}
