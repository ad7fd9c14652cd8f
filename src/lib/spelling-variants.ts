/**
 * Misspellings children type so often that every lesson should answer them, shared by the search
 * page (which corrects the query before it reaches the index) and the content check (which tells an
 * editor that a keyword repeating one of them is not needed). A lesson's own words that children
 * use instead of its title go in its `keywords`; this list is only for spelling.
 *
 * Each entry is a root as the lessons spell it, with the roots typed instead of it. A root is
 * matched inside words, so «кибербулинг» and «булингтен» are corrected too; no misspelling may be
 * part of its correct root (tests/unit/lib/spelling-variants.test.ts holds the list to that).
 */
import { foldKazakh } from './kazakh.ts';

export const SPELLING_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  буллинг: ['булинг', 'буллинк', 'булинк', 'булленг', 'буленг', 'bulling', 'bullying'],
  мошенни: ['мошени', 'машенни', 'машени', 'мошшени'],
  мошенник: ['мошейник', 'машейник'],
  прокурат: ['пракурат', 'прокурот', 'пракурот'],
  прокурор: ['пракурор', 'прокурар'],
  алаяқ: ['алайақ', 'алаиақ'],
  полици: ['палици', 'полицы'],
  интернет: ['интернэт', 'интырнет'],
  телефон: ['тилифон', 'телифон'],
};

/** Each misspelled root with its correct root, longest first so a longer root wins. */
const CORRECTIONS: readonly [string, string][] = Object.entries(SPELLING_VARIANTS)
  // Typed without Kazakh letters too: «алайак» as well as «алайақ».
  .flatMap(([correct, typed]) => [...new Set(typed.flatMap((wrong) => [wrong, foldKazakh(wrong)]))].map((wrong): [string, string] => [wrong, correct]))
  .sort(([a], [b]) => b.length - a.length);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const MISSPELLED = new RegExp(CORRECTIONS.map(([wrong]) => escape(wrong)).join('|'), 'giu');
const CORRECT_OF = new Map(CORRECTIONS.map(([wrong, correct]) => [wrong, correct]));

/** The text with every known misspelled root replaced by the spelling the lessons use. */
export function correctSpelling(text: string): string {
  return text.replace(MISSPELLED, (match) => CORRECT_OF.get(match.toLowerCase()) ?? match);
}

/** Whether a word or phrase is only a known misspelling of a root the list already corrects. */
export function isKnownMisspelling(text: string): boolean {
  return correctSpelling(text).toLowerCase() !== text.toLowerCase();
}
