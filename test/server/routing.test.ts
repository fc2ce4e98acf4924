import { expect, test } from 'vitest';

import { decodeStateKey } from '@/lib/troubleshoot/state-key';
import { canonicalQuery, encodeStateKey, maxStateLength, notFoundPath, stateRoute } from '@/server/routing.mjs';

const key = (query: string) => encodeStateKey(query);

test.for([
  // [method, url, internal route or undefined]
  ['GET', '/troubleshoot', '/troubleshoot/state/start'],
  ['HEAD', '/troubleshoot', '/troubleshoot/state/start'],
  ['GET', '/troubleshoot?', '/troubleshoot/state/start'],
  ['GET', '/troubleshoot?sender=program', `/troubleshoot/state/${key('sender=program')}`],
  // One state, one cache entry, however the link was written.
  [
    'GET',
    '/troubleshoot?sender=program&client=outlook-classic',
    `/troubleshoot/state/${key('client=outlook-classic&sender=program')}`,
  ],
  [
    'GET',
    '/troubleshoot?client=outlook-classic&sender=program&utm_source=mail',
    `/troubleshoot/state/${key('client=outlook-classic&sender=program')}`,
  ],
  ['GET', '/troubleshoot?sender=program&_rsc=1x2y', `/troubleshoot/state/${key('sender=program')}`],
  ['GET', '/troubleshoot?sender=a%20b', `/troubleshoot/state/${key('sender=a+b')}`],
  // Repeated parameters stay, in their order, so the page can say what is wrong.
  ['GET', '/troubleshoot?sender=app&sender=program', `/troubleshoot/state/${key('sender=app&sender=program')}`],
  ['GET', '/chat?view=embed', `/chat/state/${key('view=embed')}`],
  ['GET', '/chat', '/chat/state/start'],
  ['GET', '/answers/use-587?isp=comcast-xfinity', `/answers/use-587/case/${key('isp=comcast-xfinity')}`],
  ['GET', '/answers/use-587', undefined],
  ['GET', '/answers/use-587?utm_campaign=x', undefined],
  // The request form: empty is prerendered; the troubleshooter's facts are cached; a customer's
  // shared answers (addresses, host names, their words) are rendered for the request only.
  ['GET', '/request', undefined],
  ['GET', '/request?utm_source=isp-page', undefined],
  [
    'GET',
    '/request?isp=comcast-xfinity&connection=business',
    `/request/case/${key('connection=business&isp=comcast-xfinity')}`,
  ],
  [
    'GET',
    '/request?isp=comcast-xfinity&hostname=mail.example.org',
    '/request/shared?isp=comcast-xfinity&hostname=mail.example.org',
  ],
  ['GET', '/request?ip=203.0.113.9', '/request/shared?ip=203.0.113.9'],
  ['POST', '/request?isp=comcast-xfinity', `/request/case/${key('isp=comcast-xfinity')}`],
  ['POST', '/request', undefined],
  ['GET', '/request/shared?ip=203.0.113.9', notFoundPath],
  ['GET', '/request/case/start', notFoundPath],
  ['POST', '/request/letter', undefined],
  // Posts (the pasted-error form, the chat's typed replies) go where their page was rendered.
  ['POST', '/troubleshoot?sender=program', `/troubleshoot/state/${key('sender=program')}`],
  ['POST', '/chat', '/chat/state/start'],
  ['PUT', '/chat', undefined],
  ['GET', '/articles/smtp-ports-explained', undefined],
  ['GET', '/troubleshoot/', undefined],
  ['GET', '/api/v1/troubleshoot?sender=program', undefined],
  // The internal routes are not public URLs.
  ['GET', '/troubleshoot/state/start', notFoundPath],
  ['GET', '/chat/state/c2VuZGVyPXByb2dyYW0', notFoundPath],
  ['POST', '/answers/use-587/case/abc', notFoundPath],
  ['GET', '/answers/use-587/case', notFoundPath],
] as const)('%s %s → %s', ([method, url, expected]) => {
  expect(stateRoute(method, url)).toBe(expected);
});

test('a query too long to be a state is rendered on each request, not cached', () => {
  const long = `sender=${'x'.repeat(maxStateLength)}`;
  expect(canonicalQuery(long)).toBeUndefined();
  expect(stateRoute('GET', `/troubleshoot?${long}`)).toBeUndefined();
});

test.for([
  '',
  'sender=program',
  'client=outlook-classic&isp=comcast-xfinity&sender=program&view=agent',
  'heard=client%2Cisp&miss=1',
  'sender=%C3%A9%F0%9F%93%A7',
])('the page reads back the query the server encoded: "%s"', (query) => {
  expect(decodeStateKey(encodeStateKey(query))?.toString()).toBe(query);
});

test.for(['', 'a', 'star', 'not base64!', 'c2VuZGVyPXByb2dyYW0=', 'c2VuZGVyPXByb2dyYW1', `${'A'.repeat(1401)}`])(
  'a key the server did not make is refused: "%s"',
  (badKey) => {
    expect(decodeStateKey(badKey)).toBeUndefined();
  },
);
