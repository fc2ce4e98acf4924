import type { Metadata } from 'next';

import { getLibrary } from '@/lib/content';
import { recordSearch } from '@/lib/events';
import { maxQueryLength } from '@/lib/search/engine';
import { search } from '@/lib/search';

import { InstantSearch } from '../_components/instant-search';

type Props = { searchParams: Promise<Record<string, string | Array<string> | undefined>> };

/** The first q only, as typed, capped: anything else in the query string is ignored. */
function readQuery(params: Record<string, string | Array<string> | undefined>): string {
  const raw = Array.isArray(params.q) ? params.q[0] : params.q;
  return (raw ?? '').slice(0, maxQueryLength).trim();
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = readQuery(await searchParams);
  return {
    title: q ? `Search: ${q}` : 'Search',
    description: 'Search the help articles.',
    alternates: { canonical: '/search' },
    // Result pages change with the content; the articles themselves are what should be indexed.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const q = readQuery(await searchParams);
  const [hits, library] = await Promise.all([search(q), getLibrary()]);
  recordSearch(q, hits.length);
  const featured = library.articles
    .filter((a) => a.featured !== undefined)
    .sort((a, b) => (a.featured ?? 0) - (b.featured ?? 0));
  return (
    <>
      <h1>Search</h1>
      <InstantSearch
        initialQuery={q}
        initialHits={hits}
        suggestions={featured.slice(0, 6).map(({ slug, title, summary }) => ({ slug, title, summary }))}
      />
    </>
  );
}
