/**
 * Sample content names invented people, events or results: the office must see which items are
 * samples, since a production build leaves them out unless SHOW_SAMPLES=1 (src/lib/lessons.ts).
 * A published lesson that links to a sample would link to a page production does not have.
 */
import { finding, isLive } from './finding.ts';
import { CHANNELS_FILE } from './channels.ts';
import type { Check, LessonDoc } from './types.ts';

export const isSample = (item: { data: Record<string, unknown> }): boolean => item.data['sample'] === true;

export const checkSamples: Check = ({ lessons, channels = [] }) => [
  ...lessons.filter(isSample).map((lesson) => finding(lesson, lesson.lineOf(['sample']), 'warning', 'sample-lesson')),
  ...channels.filter(isSample).map((channel) => finding({ file: CHANNELS_FILE }, channel.lineOf(['sample']), 'warning', 'sample-channel', { id: channel.id })),
];

/** Whether a link from `lesson` to `target` works on the site shown now but breaks in production, where samples are left out. */
export function linksToSample(lesson: LessonDoc, target: LessonDoc, now: Date): boolean {
  return target !== lesson && isLive(lesson, now) && !isSample(lesson) && isSample(target);
}
