// Assistant states (/troubleshoot?…, /chat?…, personalised answers and request links) are served
// from a cache, like prerendered pages, without ever showing the private route behind them; only
// known parameters with known values make a state, anything else is redirected to the canonical link.
import { readdir } from 'node:fs/promises';

import { expect, inject, test } from 'vitest';

const base = inject('baseUrl');

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, { redirect: 'manual', headers });
  return { res, body: await res.text() };
}

const question = (html: string) => /<h2 id="question-title">([^<]*)</.exec(html)?.[1];

test.for([
  ['/troubleshoot?sender=program&client=thunderbird', '/troubleshoot?client=thunderbird&sender=program'],
  ['/chat?sender=app&client=ios-mail', '/chat?client=ios-mail&sender=app'],
  [
    '/answers/use-587?client=thunderbird&isp=comcast-xfinity',
    '/answers/use-587?isp=comcast-xfinity&client=thunderbird',
  ],
  [
    '/request?isp=comcast-xfinity&connection=business-static',
    '/request?connection=business-static&isp=comcast-xfinity',
  ],
] as const)(
  '%s is rendered once and then served from the cache, however the link is written',
  async ([first, second]) => {
    const a = await get(first);
    const b = await get(second);
    expect(a.res.status).toBe(200);
    expect(b.res.status).toBe(200);
    expect(b.res.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(b.res.headers.get('cache-control')).toBe('s-maxage=31536000');
    // The same page; each response has its own nonce.
    const withoutNonce = (html: string) => html.replace(/([nN]once[=:\\"'-]+)[A-Za-z0-9_-]{22}/g, '$1…');
    expect(withoutNonce(b.body)).toBe(withoutNonce(a.body));
  },
);

test('a cached state is the state asked for', async () => {
  const { body } = await get('/troubleshoot?sender=program&client=thunderbird');
  expect(question(body)).toBe('What happens when you try to send?');
  const start = await get('/troubleshoot');
  expect(question(start.body)).toBe('What is sending the mail that won&#x27;t go out?');
});

test.for([
  ['/troubleshoot?sender=carrier-pigeon', '/troubleshoot'],
  [
    '/troubleshoot?client=thunderbird&utm_source=ticket&sender=program',
    '/troubleshoot?sender=program&client=thunderbird',
  ],
  ['/chat?zz=1', '/chat'],
  ['/chat?zz=2&sender=app', '/chat?sender=app'],
  ['/chat?sender=app&sender=program', '/chat'],
  ['/chat?sender=APP', '/chat?sender=app'],
  ['/chat?sender=app&view=nonsense&heard=sender,zz', '/chat?sender=app&heard=sender'],
  ['/answers/use-587?symptom=timeout&isp=comcast-xfinity', '/answers/use-587?isp=comcast-xfinity'],
  ['/request?connection=business&isp=comcast-xfinity', '/request?isp=comcast-xfinity'],
] as const)('%s is not a state of its own: it is redirected to %s', async ([link, canonical]) => {
  const { res, body } = await get(link);
  expect(res.status).toBe(308);
  expect(res.headers.get('location')).toBe(canonical);
  expect(res.headers.get('x-nextjs-cache')).toBeNull();
  expect(body).toBe('');
  expect((await get(canonical)).res.status).toBe(200);
});

test('page data for a state, as the router asks for it, comes from the state route under the public address', async () => {
  const bare = await get('/troubleshoot?sender=app', { RSC: '1' });
  expect(bare.res.status).toBe(307);
  expect(bare.res.headers.get('location')).toMatch(/^\/troubleshoot\?sender=app&_rsc=/);
  const data = await get(bare.res.headers.get('location') ?? '', { RSC: '1' });
  expect(data.res.status).toBe(200);
  expect(data.res.headers.get('content-type')).toContain('text/x-component');
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
  '/state',
  '/state/L3Ryb3VibGVzaG9vdA',
  '/state/L2NoYXQ_c2VuZGVyPWFwcA',
  '/request/shared?ip=203.0.113.9',
  '/troubleshoot/state/start',
  '/answers/use-587/case/aXNwPWNvbWNhc3QteGZpbml0eQ',
])('the private route %s is not a page of the site', async (path) => {
  const { res, body } = await get(path);
  expect(res.status).toBe(404);
  expect(body).toContain("We can't find that page");
});

test('the internal route never shows in a response', async () => {
  const { res } = await get('/troubleshoot?sender=program');
  expect([...res.headers.keys()].filter((h) => h.startsWith('x-middleware'))).toEqual([]);
});

test('a state rendered on request is kept in memory, never written into the build folder', async () => {
  // With Next.js's isrFlushToDisk on, it would land in .next/server/route-cache (server/main.mjs turns it off).
  const files = async () => (await readdir('.next/server', { recursive: true })).sort();
  const before = await files();
  const path = '/troubleshoot?sender=program&client=samsung-email&symptom=refused';
  expect((await get(path)).res.status).toBe(200);
  expect((await get(path)).res.headers.get('x-nextjs-cache')).toBe('HIT');
  // A write to disk would follow the response: give it a moment to show.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await files()).toEqual(before);
});
