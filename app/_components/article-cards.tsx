import type { Article } from '@/lib/content/library';

type Props = { articles: ReadonlyArray<Pick<Article, 'slug' | 'title' | 'summary'>>; headingLevel?: 2 | 3 };

export function ArticleCards({ articles, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="card-list">
      {articles.map((a) => (
        <li key={a.slug} className="card">
          <Heading>
            <a href={`/articles/${a.slug}`}>{a.title}</a>
          </Heading>
          <p>{a.summary}</p>
        </li>
      ))}
    </ul>
  );
}
