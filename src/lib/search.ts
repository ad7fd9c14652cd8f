/**
 * The search page's rules, apart from its interface: what is sent to the index, which filters
 * exist, how the state lives in the address, and what a result shows.
 */
import { AUDIENCES, type Audience } from './audiences.ts';
import { foldKazakh } from './kazakh.ts';
import type { Lang } from './langs.ts';
import { LESSON_KINDS, type LessonKind } from './lessons.ts';
import { FOLDED_TITLE_META } from './search-index.ts';
import { correctSpelling } from './spelling-variants.ts';

/** The filter names lesson pages carry as `data-pagefind-filter`. */
export const SEARCH_FILTERS = ['audience', 'kind', 'topic'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** What the reader asked: the words, and one value per filter ('' for any). */
export interface SearchState {
  query: string;
  filters: Record<SearchFilter, string>;
}

export const EMPTY_FILTERS: Readonly<Record<SearchFilter, string>> = { audience: '', kind: '', topic: '' };

/** The URL folder of the index, written by src/integrations/search-index.ts. */
export const SEARCH_BUNDLE_PATH = '/pagefind/';

/** A title match counts five times (Pagefind's default), whether typed with Kazakh letters or without. */
export const SEARCH_RANKING = { metaWeights: { title: 5, [FOLDED_TITLE_META]: 5 } };

/**
 * The words as the index should see them, or `null` for "no words" (list by filters only).
 * Known misspellings are corrected («булинг» → «буллинг»), and Kazakh queries are folded like
 * the folded copy the Kazakh index carries.
 */
export function indexQuery(query: string, lang: Lang): string | null {
  const trimmed = query.trim();
  if (!trimmed) return null;
  const corrected = correctSpelling(trimmed);
  return lang === 'kk' ? foldKazakh(corrected) : corrected;
}

/** Pagefind's filter object for the chosen values; a filter left at "any" is not sent. */
export function indexFilters(filters: Readonly<Record<SearchFilter, string>>): Record<string, string> {
  return Object.fromEntries(SEARCH_FILTERS.filter((name) => filters[name]).map((name) => [name, filters[name]]));
}

/** Whether there is anything to search for. */
export function isBlank(state: SearchState): boolean {
  return !state.query.trim() && SEARCH_FILTERS.every((name) => !state.filters[name]);
}

/** Reads `?q=…&audience=…&kind=…&topic=…`, so a search can be linked, reloaded and gone back to. */
export function readSearchParams(params: URLSearchParams): SearchState {
  const filters = { ...EMPTY_FILTERS };
  for (const name of SEARCH_FILTERS) filters[name] = params.get(name) ?? '';
  return { query: params.get('q') ?? '', filters };
}

export function writeSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const name of SEARCH_FILTERS) if (state.filters[name]) params.set(name, state.filters[name]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The part of a Pagefind result's data the page reads. */
export interface IndexedPage {
  url: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined> | undefined;
}

/** One result as the page shows it. */
export interface SearchHit {
  url: string;
  title: string;
  summary: string;
  kind: LessonKind | undefined;
  audiences: Audience[];
}

const isKind = (value: unknown): value is LessonKind => (LESSON_KINDS as readonly unknown[]).includes(value);

export function toSearchHit(page: IndexedPage): SearchHit {
  const audiences = page.filters?.['audience'] ?? [];
  const kind = page.filters?.['kind']?.[0];
  return {
    url: page.url,
    title: page.meta['title'] ?? page.url,
    summary: page.meta['summary'] ?? '',
    kind: isKind(kind) ? kind : undefined,
    audiences: AUDIENCES.filter((audience) => audiences.includes(audience)),
  };
}

/** The slice of Pagefind's browser API the search page uses (pagefind.app/docs/api/). */
export interface PagefindApi {
  options(options: { bundlePath?: string; noWorker?: boolean; ranking?: typeof SEARCH_RANKING }): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: { id: string; data: () => Promise<IndexedPage> }[] }>;
}
