import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getArticle, getLibrary, listArticles } from '@/lib/content';
import { relatedArticles } from '@/lib/content/related';
import { formatDate, readingMinutes } from '@/lib/format';

import { ArticleCards } from '../../_components/article-cards';
import { HelpBox } from '../../_components/help-box';
import { Markdown } from '../../_components/markdown';
import { Breadcrumbs } from '../../_components/breadcrumbs';
import { Toc } from '../../_components/toc';

type Props = { params: Promise<{ slug: string }> };

// Every article is prerendered; an unknown slug is a 404 without touching the disk.
// @see https://nextjs.org/docs/app/api-reference/file-conventions/route-segment-config/dynamicParams
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listArticles()).map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  if (!article) {
    return {};
  }
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: `/articles/${article.slug}` },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.summary,
      url: `/articles/${article.slug}`,
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const [article, library] = await Promise.all([getArticle(slug), getLibrary()]);
  if (!article) {
    notFound();
  }
  const { config, categories, articles } = library;
  const category = categories.find((c) => c.id === article.category);
  return (
    <article className="article-layout" aria-labelledby="article-title">
      <header>
        <Breadcrumbs parent={{ href: `/articles#${article.category}`, label: category?.title ?? 'Articles' }} />
        <h1 id="article-title">{article.title}</h1>
        <p className="lead">{article.summary}</p>
        <p className="meta">
          Last reviewed <time dateTime={article.reviewed}>{formatDate(article.reviewed, config.language)}</time> ·{' '}
          {readingMinutes(article.words)} min read
        </p>
      </header>
      <Toc entries={article.toc} />
      <div className="article-body prose">
        <Markdown tree={article.tree} />
      </div>
      {article.start ? (
        <aside className="start-box no-print" aria-label="Troubleshooter">
          <p>
            <strong>Not sure this is your problem?</strong> Answer a few questions and we'll point you to the right fix.
          </p>
          <p>
            <a href={`/troubleshoot?${article.start}`}>Start the troubleshooter from here</a>
          </p>
        </aside>
      ) : null}
      <section className="sources prose" aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
        <ul>
          {article.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url}>{s.title}</a>
            </li>
          ))}
        </ul>
      </section>
      <footer className="no-print">
        <HelpBox config={config} />
        <section aria-labelledby="related-title">
          <h2 id="related-title">Related articles</h2>
          <ArticleCards articles={relatedArticles(article, articles)} />
        </section>
      </footer>
    </article>
  );
}
