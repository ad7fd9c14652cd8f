/**
 * What the search index is given for a built page. Lesson pages mark their text with
 * `data-pagefind-body`; a Kazakh page also gets the folded spelling of its words (see kazakh.ts),
 * added only to the copy the indexer reads, so readers never download it.
 */
import { foldedWords } from './kazakh.ts';
import { escapeAttribute } from './html.ts';

/** The attribute that marks the indexed part of a page; pages without it are not indexed. */
export const SEARCH_BODY = 'data-pagefind-body';

/** Marks the folded words in the indexed copy, so tests and debugging can find them. */
export const FOLDED_MARK = 'data-search-folded';

/** Metadata with the folded words of the title; the search page boosts it like the title. */
export const FOLDED_TITLE_META = 'folded_title';

/** Pagefind's weight of `<h1>` text, given to the folded words of the title too. */
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
    if (depth === 0) return { start, end: match.index };
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

/**
 * The page as the indexer should read it: unchanged, or for a Kazakh lesson with the folded words
 * appended inside the indexed element. Title words keep the title's weight and metadata boost, so
 * a folded query ranks lessons as the same query with Kazakh letters would.
 */
export function pageForIndex(html: string): string {
  if (!needsFolding(pageLanguage(html))) return html;
  const region = searchBodyRegion(html);
  if (!region) return html;
  const body = html.slice(region.start, region.end);
  const title = foldedWords(htmlText(H1.exec(body)?.[1] ?? '')).join(' ');
  const rest = foldedWords(htmlText(body.replace(H1, ' '))).join(' ');
  if (!title && !rest) return html;
  const meta = title ? ` data-pagefind-meta="${FOLDED_TITLE_META}:${escapeAttribute(title)}"` : '';
  const copy = `<div ${FOLDED_MARK}${meta}><p data-pagefind-weight="${TITLE_WEIGHT}">${title}</p><p>${rest}</p></div>`;
  return `${html.slice(0, region.end)}${copy}${html.slice(region.end)}`;
}
