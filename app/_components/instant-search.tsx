'use client';
// Instant, typo-tolerant results as the reader types. Without JavaScript the same form submits to
// /search and the server answers with the same engine, so this only makes it quicker.
import { useEffect, useRef, useState, type FormEvent } from 'react';

import type { SearchHit } from '@/lib/search/engine';
import { maxQueryLength } from '@/lib/search/engine';

import { ArticleCards } from './article-cards';
import { resultsStatus, SearchResults } from './search-results';

type Search = (query: string) => Array<SearchHit>;

let loading: Promise<Search> | undefined;

/** Fetches the prebuilt index and the engine only when the reader starts typing. */
function loadSearch(): Promise<Search> {
  loading ??= Promise.all([import('@/lib/search/engine'), fetch('/search-index.json').then((r) => r.text())]).then(
    ([engine, json]) => {
      const index = engine.loadSearchIndex(json);
      return (query: string) => engine.searchArticles(index, query);
    },
  );
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

type Suggestion = { slug: string; title: string; summary: string };

type Props = { initialQuery: string; initialHits: Array<SearchHit>; suggestions: Array<Suggestion> };

export function InstantSearch({ initialQuery, initialHits, suggestions }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [shown, setShown] = useState({ query: initialQuery, hits: initialHits });
  const latest = useRef(initialQuery);

  useEffect(() => {
    latest.current = query;
    const q = query.trim();
    const timer = setTimeout(() => {
      loadSearch()
        .then((search) => {
          if (latest.current !== query) {
            return;
          }
          setShown({ query: q, hits: search(q) });
          const url = q === '' ? '/search' : `/search?q=${encodeURIComponent(q)}`;
          window.history.replaceState(window.history.state, '', url);
        })
        // Offline or blocked: the form still submits to the server.
        .catch(() => undefined);
    }, 120);
    return () => clearTimeout(timer);
  }, [query]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (loading) {
      event.preventDefault();
      document.getElementById('search-status')?.focus();
    }
  }

  return (
    <>
      <form className="search-form" role="search" action="/search" method="get" onSubmit={onSubmit}>
        <label htmlFor="search-page-input">Search the help articles</label>
        <input
          id="search-page-input"
          name="q"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          maxLength={maxQueryLength}
          placeholder="e.g. Outlook port 587, 0x800CCC0E, timed out"
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby="search-status"
        />
        <button type="submit">Search</button>
      </form>
      <p id="search-status" className="meta" role="status" tabIndex={-1}>
        {resultsStatus(shown.query, shown.hits.length)}
      </p>
      <SearchResults query={shown.query} hits={shown.hits} />
      {shown.hits.length === 0 ? (
        <section aria-labelledby="suggestions-title">
          <h2 id="suggestions-title">{shown.query === '' ? 'Where most people start' : 'Try one of these'}</h2>
          <ArticleCards articles={suggestions} />
        </section>
      ) : null}
    </>
  );
}
