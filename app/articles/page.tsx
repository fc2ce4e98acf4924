import type { Metadata } from 'next';

import { getLibrary } from '@/lib/content';

import { ArticleCards } from '../_components/article-cards';

export const metadata: Metadata = {
  title: 'All help articles',
  description:
    'Every help article, by topic: port 25 blocks, mail program settings, tests, and running your own mail server.',
  alternates: { canonical: '/articles' },
};

export default async function ArticlesPage() {
  const { categories, articles } = await getLibrary();
  return (
    <>
      <h1>All help articles</h1>
      <nav aria-label="Topics">
        <ul className="link-list">
          {categories.map((c) => (
            <li key={c.id}>
              <a href={`#${c.id}`}>{c.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {categories.map((c) => (
        <section key={c.id} id={c.id} className="category-block" aria-labelledby={`${c.id}-title`}>
          <h2 id={`${c.id}-title`}>{c.title}</h2>
          <p className="lead">{c.description}</p>
          <ArticleCards articles={articles.filter((a) => a.category === c.id)} />
        </section>
      ))}
    </>
  );
}
