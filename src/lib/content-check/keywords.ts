/**
 * A lesson's `keywords` feed the search index with the words children type that its title lacks
 * (docs/search.md). The search reads them as separate words or short phrases, weighed like the
 * title, so a list that is malformed, repeats the title or grows long makes search worse, not
 * better.
 */
import { foldKazakh, words } from '../kazakh.ts';
import { correctSpelling, isKnownMisspelling } from '../spelling-variants.ts';
import { finding } from './finding.ts';
import type { Check, Finding, LessonDoc } from './types.ts';

/** Past this many, a lesson starts to come up for everything. */
export const KEYWORDS_MAX = 20;
/** A keyword is a word or a short phrase, not a sentence. */
export const KEYWORD_WORDS_MAX = 3;

/** Letters, digits, and the spaces, hyphens and apostrophes inside a phrase. */
const KEYWORD_SHAPE = /^[\p{L}\p{N}]+(?:[ '’-][\p{L}\p{N}]+)*$/u;

/** The form search compares: lower case, Kazakh letters folded, known misspellings corrected. */
const searchForm = (text: string) => foldKazakh(correctSpelling(text.trim()));

function checkLesson(lesson: LessonDoc): Finding[] {
  const keywords = lesson.data['keywords'];
  if (!Array.isArray(keywords)) return [];
  const findings: Finding[] = [];
  const title = typeof lesson.data['title'] === 'string' ? lesson.data['title'] : '';
  const titleWords = new Set(words(searchForm(title)));
  const seen = new Set<string>();
  keywords.forEach((keyword: unknown, index) => {
    if (typeof keyword !== 'string') return;
    const line = lesson.lineOf(['keywords', index]);
    const text = keyword.trim();
    if (!KEYWORD_SHAPE.test(text) || text.split(/\s+/).length > KEYWORD_WORDS_MAX) {
      findings.push(finding(lesson, line, 'error', 'keyword-invalid', { keyword, max: KEYWORD_WORDS_MAX }));
      return;
    }
    if (isKnownMisspelling(text)) {
      findings.push(finding(lesson, line, 'warning', 'keyword-misspelling-covered', { keyword, correct: correctSpelling(text) }));
      return;
    }
    const form = searchForm(text);
    if (seen.has(form) || words(form).every((word) => titleWords.has(word))) {
      findings.push(finding(lesson, line, 'warning', 'keyword-repeated', { keyword }));
    }
    seen.add(form);
  });
  if (keywords.length > KEYWORDS_MAX) {
    findings.push(finding(lesson, lesson.lineOf(['keywords']), 'warning', 'keywords-too-many', { count: keywords.length, max: KEYWORDS_MAX }));
  }
  return findings;
}

export const checkKeywords: Check = ({ lessons }) => lessons.flatMap(checkLesson);
