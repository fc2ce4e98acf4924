// Related articles: the ones the author listed first, then the closest by shared tags and category.
import type { Article } from './library';

type Relatable = Pick<Article, 'slug' | 'related' | 'tags' | 'category'>;

export function relatedArticles<T extends Relatable>(article: T, all: ReadonlyArray<T>, count = 4): Array<T> {
  const bySlug = new Map(all.map((a) => [a.slug, a]));
  const chosen = article.related.flatMap((slug) => bySlug.get(slug) ?? []);
  if (chosen.length >= count) {
    return chosen.slice(0, count);
  }
  const taken = new Set([article.slug, ...chosen.map((a) => a.slug)]);
  const score = (a: T) =>
    a.tags.filter((t) => article.tags.includes(t)).length * 2 + (a.category === article.category ? 1 : 0);
  const rest = all
    .filter((a) => !taken.has(a.slug) && score(a) > 0)
    .sort((a, b) => score(b) - score(a) || a.slug.localeCompare(b.slug));
  return [...chosen, ...rest].slice(0, count);
}
