// Turns articles into search documents: one for the article, one for each h2/h3 section, so a
// search can land on the exact section an agent would link to.
import type { Article } from '../content/library';
import type { SearchDocument } from './engine';

export function buildSearchDocuments(articles: ReadonlyArray<Article>): Array<SearchDocument> {
  return articles.flatMap((a) => {
    const base = { articleId: a.slug, articleTitle: a.title, summary: a.summary };
    const intro = a.sections.find((s) => s.id === undefined)?.text ?? '';
    const article: SearchDocument = {
      ...base,
      id: a.slug,
      kind: 'article',
      url: `/articles/${a.slug}`,
      title: a.title,
      headings: a.sections.flatMap((s) => (s.heading ? [s.heading] : [])).join(' · '),
      tags: a.tags.join(' '),
      text: intro,
    };
    const sections = a.sections.flatMap((s): Array<SearchDocument> =>
      s.id === undefined || s.heading === undefined
        ? []
        : [
            {
              ...base,
              id: `${a.slug}#${s.id}`,
              kind: 'section',
              url: `/articles/${a.slug}#${s.id}`,
              title: s.heading,
              headings: '',
              tags: '',
              text: s.text,
            },
          ],
    );
    return [article, ...sections];
  });
}
