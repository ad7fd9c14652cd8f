/**
 * What the search index is given for a built page. Lesson pages mark their text with
 * `data-pagefind-body` and their keywords (the words children type that the text lacks) with
 * `data-search-keywords`; the keywords, and on a Kazakh page the folded spelling of its words
 * (see kazakh.ts), are added only to the copy the indexer reads, so readers never download them.
 */
import { foldedWords } from './kazakh.ts';
import { escapeAttribute } from './html.ts';

/** The attribute that marks the indexed part of a page; pages without it are not indexed. */
export const SEARCH_BODY = 'data-pagefind-body';

/** Marks the folded words in the indexed copy, so tests and debugging can find them. */
export const FOLDED_MARK = 'data-search-folded';

/** Metadata with the folded words of the title; the search page boosts it like the title. */
export const FOLDED_TITLE_META = 'folded_title';

/** The attribute of the indexed element that lists the lesson's keywords, comma-separated. */
export const KEYWORDS_ATTRIBUTE = 'data-search-keywords';

/** Marks the keywords in the indexed copy. */
export const KEYWORDS_MARK = 'data-search-keywords-copy';

/** Pagefind's weight of `<h1>` text, given to the folded words of the title and to keywords too. */
const TITLE_WEIGHT = 7;

/** The `lang` of the page's `<html>` element, e.g. `kk-KZ`. */
export function pageLanguage(html: string): string | undefined {
  return /<html\b[^>]*\blang=["']?([\w-]+)/i.exec(html)?.[1];
}

/** Pages in Kazakh get the folded copy; Russian text has no Kazakh letters to fold. */
export function needsFolding(lang: string | undefined): boolean {
  return lang?.toLowerCase().split('-')[0] === 'kk';
}

interface Region {
  /** The opening tag itself. */
  opening: string;
  /** Index just after the opening tag. */
  start: number;
  /** Index of the matching closing tag. */
  end: number;
}

/** The inside of the element that carries `data-pagefind-body`, nesting of its tag name included. */
export function searchBodyRegion(html: string): Region | undefined {
  const opening = new RegExp(`<([a-z][\\w-]*)\\b[^>]*\\b${SEARCH_BODY}\\b[^>]*>`, 'i').exec(html);
  if (!opening) return undefined;
  const tag = opening[1]!.toLowerCase();
  const start = opening.index + opening[0].length;
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return { opening: opening[0], start, end: match.index };
  }
  return undefined;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The visible text of an HTML fragment: no scripts, styles or tags, entities decoded. */
export function htmlText(fragment: string): string {
  return fragment
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isNaN(code) ? entity : String.fromCodePoint(code);
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const H1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i;

/** The keywords an opening tag lists in `data-search-keywords`, as plain text. */
export function keywordsOf(opening: string): string[] {
  const value = new RegExp(`\\b${KEYWORDS_ATTRIBUTE}="([^"]*)"`, 'i').exec(opening)?.[1];
  return value
    ? htmlText(value)
        .split(',')
        .map((keyword) => keyword.trim())
        .filter(Boolean)
    : [];
}

/**
 * Keywords weigh like the title: a child who types «мошенничество» means the lesson whose title
 * says «Мошенники» as surely as one who types the title's word.
 */
function keywordCopy(keywords: string[], fold: boolean): string {
  if (keywords.length === 0) return '';
  const text = keywords.join(' ');
  const words = fold ? [text, ...foldedWords(text)] : [text];
  return `<p ${KEYWORDS_MARK} data-pagefind-weight="${TITLE_WEIGHT}">${escapeAttribute(words.join(' '))}</p>`;
}

/**
 * The folded words of a Kazakh lesson. Title words keep the title's weight and metadata boost, so
 * a folded query ranks lessons as the same query with Kazakh letters would.
 */
function foldedCopy(body: string): string {
  const title = foldedWords(htmlText(H1.exec(body)?.[1] ?? '')).join(' ');
  const rest = foldedWords(htmlText(body.replace(H1, ' '))).join(' ');
  if (!title && !rest) return '';
  const meta = title ? ` data-pagefind-meta="${FOLDED_TITLE_META}:${escapeAttribute(title)}"` : '';
  return `<div ${FOLDED_MARK}${meta}><p data-pagefind-weight="${TITLE_WEIGHT}">${title}</p><p>${rest}</p></div>`;
}

/**
 * The page as the indexer should read it: unchanged, or with the lesson's keywords and, for a
 * Kazakh lesson, the folded words appended inside the indexed element.
 */
export function pageForIndex(html: string): string {
  const region = searchBodyRegion(html);
  if (!region) return html;
  const fold = needsFolding(pageLanguage(html));
  const keywords = keywordCopy(keywordsOf(region.opening), fold);
  const folded = fold ? foldedCopy(html.slice(region.start, region.end)) : '';
  if (!keywords && !folded) return html;
  return `${html.slice(0, region.end)}${keywords}${folded}${html.slice(region.end)}`;
}
