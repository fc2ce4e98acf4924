import type { Metadata } from 'next';

import { getLibrary } from '@/lib/content';

import { ArticleCards } from './_components/article-cards';
import { SearchForm } from './_components/search-form';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default async function NotFound() {
  const { articles } = await getLibrary();
  const top = articles.filter((a) => a.featured !== undefined).sort((a, b) => (a.featured ?? 0) - (b.featured ?? 0));
  return (
    <>
      <div className="prose">
        <h1>We can't find that page</h1>
        <p className="lead">
          The link may be mistyped or out of date. Search for what you need, or start from one of the articles below.
        </p>
        <SearchForm id="not-found-search" />
        <p>
          Or browse <a href="/articles">all help articles</a>.
        </p>
      </div>
      <section aria-labelledby="top-title">
        <h2 id="top-title">Most useful articles</h2>
        <ArticleCards articles={top.slice(0, 6)} />
      </section>
    </>
  );
}
