/**
 * Every lesson should exist in Kazakh and Russian (docs/writing.md), paired by `translationKey`; the
 * language switch and the sitemap pair the first file of each language, so a key used twice in
 * one language pairs the wrong lesson.
 */
import { LANGS } from '../langs.ts';
import { finding } from './finding.ts';
import type { Check, Finding, LessonDoc } from './types.ts';

export const checkTranslations: Check = ({ lessons }) => {
  const groups = new Map<string, LessonDoc[]>();
  for (const lesson of lessons) {
    const key = lesson.data['translationKey'];
    if (typeof key !== 'string') continue;
    const group = `${lesson.kind}\u0000${key}`;
    groups.set(group, [...(groups.get(group) ?? []), lesson]);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    for (const lang of LANGS) {
      const [first, ...rest] = group.filter((lesson) => lesson.lang === lang);
      for (const lesson of rest) {
        const params = { key: String(lesson.data['translationKey']), other: first!.file };
        findings.push(finding(lesson, lesson.lineOf(['translationKey']), 'error', 'translation-key-duplicate', params));
      }
    }
    const langs = new Set(group.map((lesson) => lesson.lang));
    const missing = LANGS.filter((lang) => !langs.has(lang));
    for (const otherLang of missing) {
      for (const lesson of group) {
        const params = { key: String(lesson.data['translationKey']), otherLang };
        findings.push(finding(lesson, lesson.lineOf(['translationKey']), 'warning', 'translation-missing', params));
      }
    }
  }
  return findings;
};
