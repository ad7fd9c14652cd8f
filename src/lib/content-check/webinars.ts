/** After a webinar, its page should give a recording or a recap (CONTENT.md), not a dead invitation. */
import { finding } from './finding.ts';
import type { Check, Finding } from './types.ts';

export const checkWebinars: Check = ({ lessons }, now) => {
  const findings: Finding[] = [];
  for (const lesson of lessons.filter((lesson) => lesson.kind === 'webinars')) {
    const { startsAt, durationMinutes, recording, recap } = lesson.data;
    const start = new Date(String(startsAt));
    if (Number.isNaN(start.getTime()) || recording || recap) continue;
    // Same rule as webinarEnd() in src/lib/dates.ts, which Node cannot import without a bundler.
    const end = new Date(start.getTime() + (Number(durationMinutes) || 0) * 60_000);
    if (end < now) {
      findings.push(finding(lesson, lesson.lineOf(['startsAt']), 'warning', 'webinar-no-outcome', { date: String(startsAt).slice(0, 10) }));
    }
  }
  return findings;
};
