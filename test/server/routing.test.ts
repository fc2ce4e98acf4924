import { beforeAll, expect, test } from 'vitest';

import { loadLibrary } from '@/lib/content/library';
import { shareableFields } from '@/lib/letter/form';
import { longestState, statePages, type StatePage } from '@/lib/state-pages';
import { decodeStateKey, encodeStateKey } from '@/lib/troubleshoot/state-key';
import { factNames } from '@/lib/vocabulary/facts';
import { encodeStateKey as serverKey, maxStateLength, normalisePath, route } from '@/server/routing.mjs';

let pages: Array<StatePage>;

beforeAll(async () => {
  const library = await loadLibrary();
  pages = statePages({
    ispSlugs: library.isps.map((i) => i.slug),
    answerIds: library.answers.map((a) => a.id),
    requestFields: shareableFields,
  });
});

const state = (path: string, query = '') => ({
  kind: 'state',
  key: encodeStateKey(path, query),
  url: `/state/${encodeStateKey(path, query)}`,
});
const redirect = (location: string) => ({ kind: 'redirect', location });

test.for([
  // One state, one cache entry, however the link was written.
  ['/troubleshoot', state('/troubleshoot')],
  ['/troubleshoot?', state('/troubleshoot')],
  ['/troubleshoot?sender=program', state('/troubleshoot', 'sender=program')],
  [
    '/troubleshoot?client=outlook-classic&sender=program',
    state('/troubleshoot', 'sender=program&client=outlook-classic'),
  ],
  ['/chat?view=embed', state('/chat', 'view=embed')],
  [
    '/chat?sender=program&client=thunderbird&heard=client',
    state('/chat', 'sender=program&client=thunderbird&heard=client'),
  ],
  ['/chat?sender=program&miss=1', state('/chat', 'sender=program&miss=1')],
  ['/answers/use-587', state('/answers/use-587')],
  ['/answers/use-587?isp=comcast-xfinity', state('/answers/use-587', 'isp=comcast-xfinity')],
  ['/request', state('/request')],
  [
    '/request?isp=comcast-xfinity&connection=business-static',
    state('/request', 'connection=business-static&isp=comcast-xfinity'),
  ],
  // Next.js's own parameter is passed on and is no part of the state.
  [
    '/troubleshoot?sender=program&_rsc=1x2y',
    { ...state('/troubleshoot', 'sender=program'), url: `${state('/troubleshoot', 'sender=program').url}?_rsc=1x2y` },
  ],
  // Anything else is redirected to the canonical form: unknown names, unknown values, repeats.
  ['/chat?zz=1', redirect('/chat')],
  [
    '/troubleshoot?client=thunderbird&utm_source=ticket&sender=program',
    redirect('/troubleshoot?sender=program&client=thunderbird'),
  ],
  ['/troubleshoot?sender=carrier-pigeon', redirect('/troubleshoot')],
  ['/troubleshoot?sender=PROGRAM', redirect('/troubleshoot?sender=program')],
  ['/troubleshoot?sender=app&sender=program', redirect('/troubleshoot')],
  ['/troubleshoot?sender=', redirect('/troubleshoot')],
  ['/troubleshoot?isp=no-such-isp&sender=app', redirect('/troubleshoot?sender=app')],
  ['/troubleshoot?view=embed', redirect('/troubleshoot')],
  ['/chat?sender=app&heard=client,isp', redirect('/chat?sender=app')],
  [
    '/chat?sender=app&client=thunderbird&heard=client,nonsense,client',
    redirect('/chat?sender=app&client=thunderbird&heard=client'),
  ],
  ['/chat?zz=1&_rsc=abc', redirect('/chat?_rsc=abc')],
  ['/answers/use-587?symptom=timeout&isp=comcast-xfinity', redirect('/answers/use-587?isp=comcast-xfinity')],
  ['/answers/use-587?utm_campaign=x', redirect('/answers/use-587')],
  // The request form: a customer's shared answers are rendered for the request only.
  [
    '/request?isp=comcast-xfinity&hostname=mail.example.org',
    { kind: 'uncached', url: '/request/shared?isp=comcast-xfinity&hostname=mail.example.org' },
  ],
  ['/request?ip=203.0.113.9', { kind: 'uncached', url: '/request/shared?ip=203.0.113.9' }],
  ['/request?isp=comcast-xfinity&name=Jane', redirect('/request?isp=comcast-xfinity')],
  // The private routes are not public URLs.
  ['/request/shared?ip=203.0.113.9', { kind: 'not-found' }],
  ['/state', { kind: 'not-found' }],
  ['/state/L3Ryb3VibGVzaG9vdA', { kind: 'not-found' }],
  // Paths are decided as Next.js will route them.
  ['/./state/L3Ryb3VibGVzaG9vdA', redirect('/state/L3Ryb3VibGVzaG9vdA')],
  ['/x/../api/v1/troubleshoot?sender=app', redirect('/api/v1/troubleshoot?sender=app')],
  ['/x/%2e%2E/request/shared?isp=other', redirect('/request/shared?isp=other')],
  ['/x\\..\\chat', redirect('/chat')],
  ['//evil.example/x', redirect('/evil.example/x')],
  ['/articles/smtp-ports-explained', { kind: 'pass', path: '/articles/smtp-ports-explained' }],
  ['/troubleshoot/', { kind: 'pass', path: '/troubleshoot/' }],
  ['/answers/no-such-answer?isp=comcast-xfinity', { kind: 'pass', path: '/answers/no-such-answer' }],
  ['/api/v1/troubleshoot?sender=program', { kind: 'pass', path: '/api/v1/troubleshoot' }],
  // A request target that is not a path.
  ['http://evil.example/x/', { kind: 'refuse', status: 400, message: 'That address is not valid.' }],
  ['*', { kind: 'refuse', status: 400, message: 'That address is not valid.' }],
  ['/chat\u00e9', { kind: 'refuse', status: 400, message: 'That address is not valid.' }],
] as const)('%s → %j', ([target, expected]) => {
  expect(route(pages, target)).toEqual(expected);
});

test.for([
  ['/a/./b', '/a/b'],
  ['/a/b/..', '/a/'],
  ['/..', '/'],
  ['/a/%2e%2e/b', '/b'],
  ['/a/.%2E/b', '/b'],
  ['/a//b', '/a/b'],
  ['/a/%2fb', '/a/%2fb'],
] as const)('%s is routed as %s', ([path, normal]) => {
  expect(normalisePath(path)).toBe(normal);
});

test('every state the site can link to fits the cache', () => {
  for (const page of pages) {
    expect(longestState(page), page.paths[0]).toBeLessThanOrEqual(maxStateLength);
  }
});

test('the state parameters come from the fact vocabulary and the view parameters', () => {
  const troubleshoot = pages.find((p) => p.paths.includes('/troubleshoot'));
  expect(Object.keys(troubleshoot?.state ?? {})).toEqual([...factNames, 'view']);
  const chat = pages.find((p) => p.paths.includes('/chat'));
  expect(Object.keys(chat?.state ?? {})).toEqual([...factNames, 'view', 'heard', 'miss']);
});

test.for([
  ['/troubleshoot', ''],
  ['/chat', 'sender=program'],
  ['/chat', 'client=outlook-classic&isp=comcast-xfinity&sender=program&view=agent'],
  ['/chat', 'heard=client%2Cisp&miss=1'],
  ['/troubleshoot', 'sender=%C3%A9%F0%9F%93%A7'],
] as const)('the private route reads back the page and query the server encoded: %s?%s', ([path, query]) => {
  const key = serverKey(path, query);
  expect(key).toBe(encodeStateKey(path, query));
  const decoded = decodeStateKey(key);
  expect(decoded?.path).toBe(path);
  expect(decoded?.query.toString()).toBe(query);
});

test.for(['', 'a', 'start', 'not base64!', 'L3Ryb3VibGVzaG9vdA=', 'dHJvdWJsZXNob290', `${'A'.repeat(1501)}`])(
  'a key the server did not make is refused: "%s"',
  (badKey) => {
    expect(decodeStateKey(badKey)).toBeUndefined();
  },
);
