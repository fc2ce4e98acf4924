// Assistant states (/troubleshoot?…, /chat?…, personalised answers and request links) are served
// from a cache, like prerendered pages, without ever showing the internal routes behind them.
import { expect, inject, test } from 'vitest';

const base = inject('baseUrl');

async function get(path: string) {
  const res = await fetch(`${base}${path}`, { redirect: 'manual' });
  return { res, body: await res.text() };
}

const question = (html: string) => /<h2 id="question-title">([^<]*)</.exec(html)?.[1];

test.for([
  [
    '/troubleshoot?sender=program&client=thunderbird',
    '/troubleshoot?client=thunderbird&utm_source=ticket&sender=program',
  ],
  ['/chat?sender=app', '/chat?utm_medium=email&sender=app'],
  [
    '/answers/use-587?client=thunderbird&isp=comcast-xfinity',
    '/answers/use-587?isp=comcast-xfinity&client=thunderbird',
  ],
  ['/request?isp=comcast-xfinity&connection=business', '/request?connection=business&isp=comcast-xfinity'],
] as const)(
  '%s is rendered once and then served from the cache, however the link is written',
  async ([first, second]) => {
    const a = await get(first);
    const b = await get(second);
    expect(a.res.status).toBe(200);
    expect(b.res.status).toBe(200);
    expect(b.res.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(b.res.headers.get('cache-control')).toBe('s-maxage=31536000');
    expect(b.body).toBe(a.body);
  },
);

test('a cached state is the state asked for', async () => {
  const { body } = await get('/troubleshoot?sender=program&client=thunderbird');
  expect(question(body)).toBe('What happens when you try to send?');
  const start = await get('/troubleshoot');
  expect(question(start.body)).toBe('What is sending the mail that won&#x27;t go out?');
});

test('a link with a mistake still says what the mistake is', async () => {
  const { res, body } = await get('/troubleshoot?sender=carrier-pigeon');
  expect(res.status).toBe(200);
  expect(body).toContain('This link has a mistake in it');
  expect(body).toContain('carrier-pigeon');
});

test('answers a customer typed into the request form are rendered for them and never cached', async () => {
  const { res, body } = await get('/request?isp=comcast-xfinity&hostname=mail.rodney-bay.example&ip=203.0.113.9');
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toContain('no-store');
  expect(res.headers.get('x-nextjs-cache')).toBeNull();
  expect(body).toContain('value="mail.rodney-bay.example"');
  expect(body).toContain('<meta name="robots" content="noindex, nofollow"/>');
});

test.for([
  '/troubleshoot/state/start',
  '/chat/state/c2VuZGVyPWFwcA',
  '/answers/use-587/case/aXNwPWNvbWNhc3QteGZpbml0eQ',
  '/request/case/start',
  '/request/shared?ip=203.0.113.9',
])('the internal route %s is not a page of the site', async (path) => {
  const { res, body } = await get(path);
  expect(res.status).toBe(404);
  expect(body).toContain('We can’t find that page');
});

test('the internal route never shows in a response', async () => {
  const { res } = await get('/troubleshoot?sender=program');
  expect([...res.headers.keys()].filter((h) => h.startsWith('x-middleware'))).toEqual([]);
});
