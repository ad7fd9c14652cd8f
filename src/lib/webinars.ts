import { webinarEnd } from './dates.ts';

export interface ScheduledWebinar {
  startsAt: Date;
  durationMinutes: number;
}

type Dated = { entry: { data: { startsAt: string; durationMinutes: number } } };

/** The webinar that starts soonest and has not ended yet. */
export function nextWebinar<T extends Dated>(webinars: readonly T[], now: Date): T | undefined {
  return webinarsNotEnded(webinars, now)[0];
}

/** The webinars that have not ended yet, soonest first. */
export function webinarsNotEnded<T extends Dated>(webinars: readonly T[], now: Date): T[] {
  const schedule = (webinar: T): ScheduledWebinar => ({
    startsAt: new Date(webinar.entry.data.startsAt),
    durationMinutes: webinar.entry.data.durationMinutes,
  });
  return webinars
    .filter((webinar) => {
      const { startsAt, durationMinutes } = schedule(webinar);
      return webinarEnd(startsAt, durationMinutes).getTime() > now.getTime();
    })
    .sort((a, b) => schedule(a).startsAt.getTime() - schedule(b).startsAt.getTime());
}
