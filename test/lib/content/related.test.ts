import { expect, test } from 'vitest';

import { relatedArticles } from '@/lib/content/related';

const article = (slug: string, tags: Array<string>, category = 'a', related: Array<string> = []) => ({
  slug,
  tags,
  category,
  related,
});

const all = [
  article('self', ['port 25', 'isp'], 'a', ['chosen']),
  article('chosen', ['other']),
  article('two-tags', ['port 25', 'isp'], 'b'),
  article('one-tag', ['isp'], 'b'),
  article('same-category', ['x']),
  article('unrelated', ['y'], 'c'),
];

test('lists chosen articles first, then by shared tags, then by category, never itself', () => {
  expect(relatedArticles(all[0]!, all).map((a) => a.slug)).toEqual(['chosen', 'two-tags', 'one-tag', 'same-category']);
});

test('respects the count and leaves out articles with nothing in common', () => {
  expect(relatedArticles(all[0]!, all, 2).map((a) => a.slug)).toEqual(['chosen', 'two-tags']);
  expect(relatedArticles(all[5]!, all).map((a) => a.slug)).toEqual([]);
});
