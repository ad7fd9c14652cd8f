/** A video length as editors write it: minutes:seconds, or hours:minutes:seconds. */
export const DURATION_PATTERN = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/;

/** Seconds in a duration written as `4:30` or `1:02:03`. */
export function durationSeconds(text: string): number {
  const match = DURATION_PATTERN.exec(text);
  if (!match) throw new Error(`Not a duration (expected minutes:seconds): ${text}`);
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** ISO 8601 duration (PT4M30S), as schema.org and the `<time>` element want it. */
export function isoDuration(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts = [hours && `${hours}H`, minutes && `${minutes}M`, (seconds || totalSeconds === 0) && `${seconds}S`];
  return `PT${parts.filter(Boolean).join('')}`;
}
