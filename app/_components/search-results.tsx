import type { SearchHit } from '@/lib/search/engine';

type Props = { query: string; hits: ReadonlyArray<SearchHit> };

/** Result list shared by the server render and the instant search, so both look the same. */
export function SearchResults({ query, hits }: Props) {
  if (query === '') {
    return null;
  }
  return (
    <ol className="results" aria-label="Search results">
      {hits.map((hit) => (
        <li key={hit.url}>
          <h2>
            <a href={hit.url}>{hit.title}</a>
          </h2>
          {hit.kind === 'article' ? null : (
            <p className="answer-kind">{hit.kind === 'answer' ? 'Troubleshooter answer' : 'Internet provider'}</p>
          )}
          <p>{hit.summary}</p>
          {hit.sections.length > 0 ? (
            <ul aria-label={`Matching sections of ${hit.title}`}>
              {hit.sections.map((s) => (
                <li key={s.url}>
                  <a href={s.url}>{s.title}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function resultsStatus(query: string, count: number): string {
  if (query === '') {
    return '';
  }
  if (count === 0) {
    return `No articles match “${query}”.`;
  }
  return `${count} ${count === 1 ? 'article matches' : 'articles match'} “${query}”.`;
}
