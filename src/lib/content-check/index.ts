/** The content check: every rule over content/, beyond what the schema says. */
import { checkCaptions } from './captions.ts';
import { checkChannels } from './channels.ts';
import { checkComponents } from './components.ts';
import { checkFacts } from './facts.ts';
import { finding } from './finding.ts';
import { checkImages } from './images.ts';
import { checkKeywords } from './keywords.ts';
import { checkLegal } from './legal.ts';
import { checkLinks } from './links.ts';
import { checkMciYear } from './mci.ts';
import { checkReadability } from './readability.ts';
import { checkSamples } from './samples.ts';
import { sortFindings } from './report.ts';
import { checkSlugs } from './slugs.ts';
import { checkTodos } from './todo.ts';
import { checkTranslations } from './translations.ts';
import type { Check, ContentSet, Finding } from './types.ts';
import { checkWebinars } from './webinars.ts';

/** A body that is not valid MDX stops the build; say where before the build does. */
const checkMdx: Check = ({ lessons }) =>
  lessons.flatMap((lesson) =>
    lesson.parseError ? [finding(lesson, lesson.parseError.line, 'error', 'mdx-invalid', { detail: lesson.parseError.message })] : [],
  );

export const CHECKS: Check[] = [
  checkMdx,
  checkComponents,
  checkSlugs,
  checkTranslations,
  checkImages,
  checkCaptions,
  checkLinks,
  checkReadability,
  checkLegal,
  checkWebinars,
  checkTodos,
  checkMciYear,
  checkFacts,
  checkChannels,
  checkSamples,
  checkKeywords,
];

export function runChecks(content: ContentSet, now: Date = new Date()): Finding[] {
  return sortFindings(CHECKS.flatMap((check) => check(content, now)));
}

export { loadContent } from './load.ts';
export { formatLine, summarize, toJson, type MessageLang } from './report.ts';
export type { Finding } from './types.ts';
