/**
 * The inbox's search over a case's texts: every word of the query must occur in the text, with
 * Kazakh folding (kazakh.ts), so «қорқытады» and «коркытады» find each other. The query becomes
 * one pattern per word whose letters accept every spelling that folds the same way; the texts
 * themselves are matched as they are, with nothing folded, kept or indexed.
 */
import { foldKazakh, words } from './kazakh.ts';

/** Every letter that folds to a plain one (kazakh.ts), and the Latin i phones offer for і. */
const SPELLINGS: Readonly<Record<string, string>> = {
  а: 'аә',
  г: 'гғ',
  к: 'кқ',
  н: 'нң',
  о: 'оө',
  у: 'уұү',
  х: 'хһ',
  и: 'иіыi',
};

const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** A pattern that finds `word` in any of the spellings that fold to the same letters. */
function wordPattern(word: string): RegExp {
  const source = [...foldKazakh(word)].map((char) => (SPELLINGS[char] ? `[${SPELLINGS[char]}]` : escape(char))).join('');
  return new RegExp(source, 'iu');
}

/** The longest query the inbox searches; more words say nothing more. */
export const QUERY_MAX = 200;

export interface TextQuery {
  /** The query as typed, trimmed: what the search field shows again. */
  text: string;
  patterns: RegExp[];
}

/** The query of `?q=`, or undefined when it holds no word to look for. */
export function textQuery(typed: string | null | undefined): TextQuery | undefined {
  const text = (typed ?? '').normalize('NFC').trim().slice(0, QUERY_MAX);
  const found = [...new Set(words(text).map((word) => foldKazakh(word)))];
  if (found.length === 0) return undefined;
  return { text, patterns: found.map(wordPattern) };
}

/** Whether every word of the query occurs somewhere in the texts of one case. */
export function matchesAll(query: TextQuery, texts: readonly string[]): boolean {
  return query.patterns.every((pattern) => texts.some((text) => pattern.test(text)));
}
