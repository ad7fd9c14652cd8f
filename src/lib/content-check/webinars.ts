/** After a webinar, its page should give a recording or a recap (docs/writing.md), not a dead invitation. */
import { webinarEnd } from '../dates.ts';
import { finding } from './finding.ts';
import type { Check, Finding } from './types.ts';

export const checkWebinars: Check = ({ lessons }, now) => {
  const findings: Finding[] = [];
  for (const lesson of lessons.filter((lesson) => lesson.kind === 'webinars')) {
    const { startsAt, durationMinutes, recording, recap } = lesson.data;
    const start = new Date(String(startsAt));
    if (Number.isNaN(start.getTime()) || recording || recap) continue;
    if (webinarEnd(start, Number(durationMinutes) || 0) < now) {
      findings.push(finding(lesson, lesson.lineOf(['startsAt']), 'warning', 'webinar-no-outcome', { date: String(startsAt).slice(0, 10) }));
    }
  }
  return findings;
};
