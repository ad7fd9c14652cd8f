/** The result list of the search page: each lesson's kind, title, summary and audiences. */
import type { Ref } from 'preact';
import type { SearchHit } from '../lib/search';

interface Props {
  hits: SearchHit[];
  /** Names of kinds and audiences in the page's language, by id. */
  labels: ReadonlyMap<string, string>;
  label: string;
  busy: boolean;
  listRef: Ref<HTMLOListElement>;
}

export default function SearchResults({ hits, labels, label, busy, listRef }: Props) {
  return (
    <ol class="search-results" aria-label={label} ref={listRef} aria-busy={busy}>
      {hits.map((hit) => (
        <li key={hit.url} data-search-result>
          <p>
            {hit.kind && (
              <span class="badge" data-kind={hit.kind}>
                {labels.get(hit.kind)}
              </span>
            )}
          </p>
          <h2>
            <a href={hit.url}>{hit.title}</a>
          </h2>
          {hit.summary && <p>{hit.summary}</p>}
          <p class="muted" data-audiences={hit.audiences.join(' ')}>
            {hit.audiences.map((audience) => labels.get(audience)).join(' · ')}
          </p>
        </li>
      ))}
    </ol>
  );
}
