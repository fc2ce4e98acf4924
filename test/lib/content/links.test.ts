import { expect, test } from 'vitest';

import { checkUrl, type LinkTarget } from '@/lib/content/links';

const here: LinkTarget = { slug: 'here', file: 'content/articles/here.md', ids: new Set(['intro']), links: [] };
const there: LinkTarget = { slug: 'there', file: 'content/articles/there.md', ids: new Set(['postfix']), links: [] };
const bySlug = new Map([
  ['here', here],
  ['there', there],
]);
const publicFiles = new Set(['/diagrams/path.svg']);

test.for([
  { url: '#intro', problem: undefined },
  { url: '#outro', problem: 'link to #outro, but this article has no heading with that id' },
  { url: '/articles/there', problem: undefined },
  { url: '/articles/there/', problem: undefined },
  { url: '/articles/there#postfix', problem: undefined },
  {
    url: '/articles/there#exim',
    problem: 'link to /articles/there#exim, but content/articles/there.md has no heading with id "exim"',
  },
  {
    url: '/articles/nowhere',
    problem: 'link to /articles/nowhere, but there is no article content/articles/nowhere.md',
  },
  { url: '/articles', problem: undefined },
  { url: '/search?q=port', problem: undefined },
  {
    url: '/articles#basics',
    problem: 'link to /articles#basics: pages outside /articles have no checked anchors; drop #basics',
  },
  { url: '/diagrams/path.svg', problem: undefined },
  {
    url: '/diagrams/none.svg',
    problem: 'link to /diagrams/none.svg, but there is no such page and no file public/diagrams/none.svg',
  },
  { url: 'https://www.rfc-editor.org/rfc/rfc6409', problem: undefined },
  { url: 'http://example.com/', problem: 'link http://example.com/ uses http://; use https://' },
  { url: 'mailto:support@example.net', problem: undefined },
  {
    url: 'javascript:alert(1)',
    problem: 'link "javascript:alert(1)" is not allowed; use /articles/<slug>, #<heading-id>, https:// or mailto:',
  },
  {
    url: '//evil.example/x',
    problem: 'link "//evil.example/x" is not allowed; use /articles/<slug>, #<heading-id>, https:// or mailto:',
  },
  {
    url: 'there.md',
    problem: 'link "there.md" is not allowed; use /articles/<slug>, #<heading-id>, https:// or mailto:',
  },
])('$url → $problem', ({ url, problem }) => {
  expect(checkUrl(url, bySlug, publicFiles, here)).toBe(problem);
});
