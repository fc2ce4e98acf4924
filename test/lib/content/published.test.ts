import { expect, test } from 'vitest';

import { missingUrls, publishedUrls } from '@/lib/content/published';

const library = {
  articles: [{ slug: 'ports', ids: new Set(['port-587']) }],
  answers: [{ id: 'use-587' }],
  isps: [{ slug: 'comcast' }],
  redirects: [{ from: '/articles/old-ports', to: '/articles/ports' }],
} as unknown as Parameters<typeof missingUrls>[1];

test('lists pages and section anchors', () => {
  expect(publishedUrls(library)).toEqual([
    '/',
    '/answers/use-587',
    '/articles',
    '/articles/ports',
    '/articles/ports#port-587',
    '/chat',
    '/diagnose',
    '/isps',
    '/isps/comcast',
    '/request',
    '/search',
    '/troubleshoot',
  ]);
});

test('a vanished page needs a redirect, a vanished section a pinned id', () => {
  expect(
    missingUrls(['/articles/ports', '/articles/old-ports', '/articles/gone', '/articles/ports#port-25'], library),
  ).toEqual([
    '/articles/gone: the page is gone; add it to content/redirects.yaml with the page that replaces it',
    '/articles/ports#port-25: the heading is gone; pin its id back on the heading that replaced it: {#port-25}',
  ]);
});
