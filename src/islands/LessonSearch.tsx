/**
 * The search box of `/{lang}/search/`: words and three filters, results with kind, audiences and
 * summary, counts announced to screen readers. The index (Pagefind) is fetched from our own
 * origin on first use, so only this page pays for it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../lib/langs';
import {
  EMPTY_FILTERS,
  SEARCH_BUNDLE_PATH,
  SEARCH_FILTERS,
  SEARCH_RANKING,
  indexFilters,
  indexQuery,
  isBlank,
  readSearchParams,
  toSearchHit,
  writeSearchParams,
  type IndexedPage,
  type PagefindApi,
  type SearchFilter,
  type SearchHit,
  type SearchState,
} from '../lib/search';
import SearchResults from './SearchResults';
import './controls.css';
import './LessonSearch.css';

export interface Choice {
  value: string;
  label: string;
}

type PluralCategory = 'one' | 'few' | 'many' | 'other';

/** Every text the island shows, in the page's language (from src/i18n). */
export interface SearchText {
  label: string;
  submit: string;
  filters: string;
  audience: string;
  kind: string;
  topic: string;
  all: string;
  results: string;
  loading: string;
  prompt: string;
  none: string;
  more: string;
  error: string;
  count: Record<PluralCategory, string>;
}

interface Props {
  lang: Lang;
  /** BCP 47 tag of the page, for plural rules. */
  langTag: string;
  text: SearchText;
  choices: Record<SearchFilter, Choice[]>;
}

/** Results rendered at a time; the rest wait for "show more". */
const PAGE_SIZE = 10;
/** Pause after a keystroke before searching, so a phone is not busy with every letter. */
const TYPING_DELAY_MS = 250;

let pagefind: Promise<PagefindApi> | undefined;

function loadIndex(): Promise<PagefindApi> {
  const bundle = `${SEARCH_BUNDLE_PATH}pagefind.js`;
  pagefind ??= (import(/* @vite-ignore */ bundle) as Promise<PagefindApi>).then(async (api) => {
    // A few hundred lessons search in milliseconds; the worker would only add a download.
    await api.options({ bundlePath: SEARCH_BUNDLE_PATH, noWorker: true, ranking: SEARCH_RANKING });
    await api.init();
    return api;
  });
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

type Phase = 'idle' | 'loading' | 'done' | 'error';
type Pending = { data: () => Promise<IndexedPage> }[];

export default function LessonSearch({ lang, langTag, text, choices }: Props) {
  // Unknown until the address is read in the browser; the server renders the blank form.
  const [state, setState] = useState<SearchState | undefined>(undefined);
  const [delay, setDelay] = useState(0);
  const [phase, setPhase] = useState<Phase>('idle');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [total, setTotal] = useState(0);
  const pending = useRef<Pending>([]);
  const latest = useRef(0);
  const list = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number | undefined>(undefined);

  const labels = new Map([...choices.kind, ...choices.audience].map((choice) => [choice.value, choice.label]));

  // A choice made in the moment between hydration and this effect must not be overwritten.
  useEffect(() => setState((current) => current ?? readSearchParams(new URLSearchParams(location.search))), []);

  useEffect(() => {
    if (!state) return undefined;
    history.replaceState(history.state, '', `${location.pathname}${writeSearchParams(state)}`);
    const run = ++latest.current;
    if (isBlank(state)) {
      setPhase('idle');
      setHits([]);
      return undefined;
    }
    setPhase('loading');
    const timer = setTimeout(async () => {
      try {
        const api = await loadIndex();
        const { results } = await api.search(indexQuery(state.query, lang), { filters: indexFilters(state.filters) });
        const first = await Promise.all(results.slice(0, PAGE_SIZE).map((result) => result.data()));
        if (run !== latest.current) return;
        pending.current = results.slice(PAGE_SIZE);
        setHits(first.map(toSearchHit));
        setTotal(results.length);
        setPhase('done');
      } catch {
        if (run === latest.current) setPhase('error');
      }
    }, delay);
    return () => clearTimeout(timer);
  }, [state]);

  useEffect(() => {
    if (focusFrom.current === undefined) return;
    list.current?.querySelectorAll('a')[focusFrom.current]?.focus();
    focusFrom.current = undefined;
  }, [hits]);

  const shown = state ?? { query: '', filters: EMPTY_FILTERS };
  const change = (next: Partial<SearchState>, wait: number) => {
    setDelay(wait);
    setState((current) => ({ ...(current ?? shown), ...next }));
  };
  const setFilter = (name: SearchFilter, value: string) => change({ filters: { ...shown.filters, [name]: value } }, 0);

  const showMore = async () => {
    const next = pending.current.slice(0, PAGE_SIZE);
    pending.current = pending.current.slice(PAGE_SIZE);
    const more = (await Promise.all(next.map((result) => result.data()))).map(toSearchHit);
    // Keyboard and screen reader users land on the first new result, not back at the top.
    focusFrom.current = hits.length;
    setHits([...hits, ...more]);
  };

  const count = text.count[new Intl.PluralRules(langTag).select(total) as PluralCategory] ?? text.count.other;
  const announcement = phase === 'done' ? (total > 0 ? count.replace('{count}', String(total)) : text.none) : phase === 'error' ? text.error : '';

  return (
    <div class="lesson-search">
      <form
        role="search"
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          change({ query: shown.query }, 0);
        }}
      >
        <label for="search-query" class="search-label">
          {text.label}
        </label>
        <div class="search-row">
          <input
            id="search-query"
            class="control"
            name="q"
            type="search"
            autocomplete="off"
            spellcheck={false}
            enterKeyHint="search"
            value={shown.query}
            onFocus={() => void loadIndex().catch(() => undefined)}
            onInput={(event) => change({ query: event.currentTarget.value }, TYPING_DELAY_MS)}
          />
          <button type="submit" class="button">
            {text.submit}
          </button>
        </div>
        <fieldset class="choices search-filters">
          <legend>{text.filters}</legend>
          {SEARCH_FILTERS.map((name) => (
            <div class="choice" key={name}>
              <label for={`search-${name}`}>{text[name]}</label>
              <select
                class="control"
                id={`search-${name}`}
                name={name}
                value={shown.filters[name]}
                onChange={(event) => setFilter(name, event.currentTarget.value)}
              >
                <option value="">{text.all}</option>
                {choices[name].map((choice) => (
                  <option value={choice.value} key={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      </form>
      <p role="status" class="search-status" data-search-status={phase}>
        {announcement}
      </p>
      {phase === 'idle' && <p class="muted">{text.prompt}</p>}
      {phase === 'loading' && hits.length === 0 && <p class="muted">{text.loading}</p>}
      {hits.length > 0 && phase !== 'error' && <SearchResults hits={hits} labels={labels} label={text.results} busy={phase === 'loading'} listRef={list} />}
      {phase === 'done' && pending.current.length > 0 && (
        <button type="button" class="button secondary" onClick={() => void showMore()}>
          {text.more}
        </button>
      )}
    </div>
  );
}
