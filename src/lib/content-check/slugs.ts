/**
 * Two files of one kind and language with the same slug would claim the same URL; Astro keeps one
 * and drops the other without a word. Slugs come from file names (slugified) or a `slug` field.
 */
import { finding } from './finding.ts';
import type { Check, Finding, LessonDoc } from './types.ts';

export const checkSlugs: Check = ({ lessons }) => {
  const seen = new Map<string, LessonDoc>();
  const findings: Finding[] = [];
  for (const lesson of lessons) {
    const url = `${lesson.lang}/${lesson.kind}/${lesson.slug}`;
    const first = seen.get(url);
    if (first) findings.push(finding(lesson, 1, 'error', 'slug-duplicate', { slug: url, other: first.file }));
    else seen.set(url, lesson);
  }
  return findings;
};
