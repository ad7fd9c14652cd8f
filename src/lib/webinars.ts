import { webinarEnd } from './dates.ts';

export interface ScheduledWebinar {
  startsAt: Date;
  durationMinutes: number;
}

/** The webinar that starts soonest and has not ended yet. */
export function nextWebinar<T extends { entry: { data: { startsAt: string; durationMinutes: number } } }>(
  webinars: readonly T[],
  now: Date,
): T | undefined {
  const schedule = (webinar: T): ScheduledWebinar => ({
    startsAt: new Date(webinar.entry.data.startsAt),
    durationMinutes: webinar.entry.data.durationMinutes,
  });
  return webinars
    .filter((webinar) => {
      const { startsAt, durationMinutes } = schedule(webinar);
      return webinarEnd(startsAt, durationMinutes).getTime() > now.getTime();
    })
    .sort((a, b) => schedule(a).startsAt.getTime() - schedule(b).startsAt.getTime())[0];
}
