import { expect, test } from 'vitest';

import { checkUrl, type LinkTarget } from '@/lib/content/links';

const here: LinkTarget = { slug: 'here', file: 'content/articles/here.md', ids: new Set(['intro']), links: [] };
const there: LinkTarget = { slug: 'there', file: 'content/articles/there.md', ids: new Set(['postfix']), links: [] };
const site = {
  articles: new Map([
    ['here', here],
    ['there', there],
  ]),
  answers: new Set(['use-587']),
  isps: new Set(['comcast']),
  publicFiles: new Set(['/diagrams/path.svg']),
};

test.for([
  { url: '#intro', problem: undefined },
  { url: '#outro', problem: 'link to #outro, but this page has no heading with that id' },
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
    problem: 'link to /articles#basics: only article sections have checked anchors; drop #basics',
  },
  { url: '/answers/use-587', problem: undefined },
  { url: '/answers/use-588', problem: 'link to /answers/use-588, but there is no answer content/answers/use-588.md' },
  { url: '/isps/comcast', problem: undefined },
  { url: '/isps/comcats', problem: 'link to /isps/comcats, but there is no ISP content/isps/comcats.yaml' },
  { url: '/troubleshoot?sender=program&isp=comcast', problem: undefined },
  {
    url: '/troubleshoot?sender=robot',
    problem:
      'link to /troubleshoot?sender=robot: "robot" is not a known value for "sender"; use program, app, relay-server, direct-server',
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
  expect(checkUrl(url, site, here)).toBe(problem);
});
