/**
 * Sentences and words a reader of the lesson's audience can manage. The limits for 7-10 and 11-14
 * are those of docs/writing.md ("Voice by audience"); the others are documented in docs/editors.md. A lesson
 * for several audiences is held to the limits of its youngest reader.
 */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Audience } from '../audiences.ts';
import type { Lang } from '../langs.ts';
import { finding, nodeLine } from './finding.ts';
import type { Check, Finding, LessonDoc } from './types.ts';

export interface Limits {
  /** Most words in a sentence before a warning. */
  sentenceWords: number;
  /** Most letters in a word before a warning: Kazakh words carry suffixes, so they are longer. */
  wordLetters: Record<Lang, number>;
}

/** From the strictest reader to the adult one; the first of a lesson's audiences found here applies. */
export const LIMITS: [Audience, Limits][] = [
  ['7-10', { sentenceWords: 12, wordLetters: { ru: 13, kk: 15 } }],
  ['11-14', { sentenceWords: 18, wordLetters: { ru: 15, kk: 17 } }],
  ['15-18', { sentenceWords: 25, wordLetters: { ru: 20, kk: 22 } }],
  ['parents', { sentenceWords: 25, wordLetters: { ru: 20, kk: 22 } }],
  ['teachers', { sentenceWords: 25, wordLetters: { ru: 20, kk: 22 } }],
];

/** A sentence this many times the limit, or a word this many letters over it, is an error. */
export const FAR_OVER_SENTENCE = 1.5;
export const FAR_OVER_LETTERS = 5;

/** The limits for a lesson's audiences: those of the youngest reader. */
export function limitsFor(audiences: readonly unknown[]): [Audience, Limits] | undefined {
  return LIMITS.find(([audience]) => audiences.includes(audience));
}

/** Plain text of inline content; `<Mci n={10} />` reads as "10 АЕК" (two words). */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Mci') return '10 АЕК';
  return 'children' in node ? (node.children as Nodes[]).map(plainText).join('') : '';
}

/** Words of a text: letters and digits, as Intl segments them for the language. */
export function words(text: string, lang: Lang): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  return [...segmenter.segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
}

export function sentences(text: string, lang: Lang): { text: string; index: number }[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((segment) => ({ text: segment.segment.trim(), index: segment.index }));
}

/**
 * Only ordinary Cyrillic words are judged by length: numbers, abbreviations (АЕК), Latin names
 * (WhatsApp) and names of acts in quotes are what they are.
 */
function judgedWord(word: string): boolean {
  return /^[\p{Script=Cyrillic}-]+$/u.test(word) && word !== word.toUpperCase();
}

/** The blocks of running text with their lines: paragraphs and headings (list items hold paragraphs). */
function blocks(body: Root): { text: string; node: Nodes }[] {
  const found: { text: string; node: Nodes }[] = [];
  visit(body, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      found.push({ text: plainText(node), node });
      return 'skip';
    }
    return undefined;
  });
  return found;
}

function judgeText(lesson: LessonDoc, text: string, firstLine: number, [audience, limits]: [Audience, Limits]): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of sentences(text, lesson.lang)) {
    const line = firstLine + (text.slice(0, sentence.index).match(/\n/g)?.length ?? 0);
    const sentenceWords = words(sentence.text, lesson.lang);
    if (sentenceWords.length > limits.sentenceWords) {
      const severity = sentenceWords.length > limits.sentenceWords * FAR_OVER_SENTENCE ? 'error' : 'warning';
      const start = sentenceWords.slice(0, 6).join(' ');
      findings.push(finding(lesson, line, severity, 'sentence-too-long', { words: sentenceWords.length, limit: limits.sentenceWords, audience, start }));
    }
    const limit = limits.wordLetters[lesson.lang];
    for (const word of new Set(sentenceWords.filter(judgedWord))) {
      const letters = word.replace(/-/g, '').length;
      if (letters <= limit) continue;
      const severity = letters > limit + FAR_OVER_LETTERS ? 'error' : 'warning';
      findings.push(finding(lesson, line, severity, 'word-too-long', { word, letters, limit, audience }));
    }
  }
  return findings;
}

export const checkReadability: Check = ({ lessons }) =>
  lessons.flatMap((lesson) => {
    const audiences = Array.isArray(lesson.data['audiences']) ? lesson.data['audiences'] : [];
    const limits = limitsFor(audiences);
    if (!limits) return [];
    const summary = typeof lesson.data['summary'] === 'string' ? lesson.data['summary'] : '';
    return [
      ...judgeText(lesson, summary, lesson.lineOf(['summary']), limits),
      ...blocks(lesson.body).flatMap(({ text, node }) => judgeText(lesson, text, nodeLine(lesson, node), limits)),
    ];
  });
