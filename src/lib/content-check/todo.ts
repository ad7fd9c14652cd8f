/**
 * `npm run new` marks every place an editor must fill with TODO. Left in a draft it is a reminder;
 * left in a published lesson it is a visible mistake.
 */
import { finding, isLive } from './finding.ts';
import type { Check, Finding } from './types.ts';

const TODO = /\bTODO\b[:\s]*(.{0,60})/;

export const checkTodos: Check = ({ lessons }, now) => {
  const findings: Finding[] = [];
  for (const lesson of lessons) {
    const severity = isLive(lesson, now) ? 'error' : 'warning';
    lesson.source.split('\n').forEach((text, index) => {
      const match = TODO.exec(text);
      if (match) findings.push(finding(lesson, index + 1, severity, 'todo-left', { text: match[0].trim() }));
    });
  }
  return findings;
};
