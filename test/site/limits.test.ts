// What the server refuses, and how it stops: rate limits per address, new states per address,
// sizes, methods, slow clients, too many connections, and a clean exit on SIGTERM. Each test
// starts its own server, configured for it.
import { request } from 'node:http';
import { connect } from 'node:net';

import { afterAll, beforeAll, expect, test } from 'vitest';

import { startSite, type SiteServer } from '../../scripts/lib/site-server';

let site: SiteServer;

beforeAll(async () => {
  site = await startSite({
    env: { RATE_LIMIT: '8', TRUST_PROXY: '1', HEADERS_TIMEOUT: '1', REQUEST_TIMEOUT: '2', MAX_CONNECTIONS: '20' },
  });
});

afterAll(async () => {
  await site.stop();
});

test('the API allows a burst per address, then answers 429 with Retry-After, and other addresses go on', async () => {
  const from = (address: string) =>
    fetch(`${site.baseUrl}/api/v1/answers`, { headers: { 'x-forwarded-for': address } });
  const statuses = [];
  for (let i = 0; i < 6; i++) {
    statuses.push((await from('203.0.113.9')).status);
  }
  // A burst of half the per-minute rate (4), then refused.
  expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  const refused = await from('203.0.113.9');
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(await refused.json()).toEqual({
    error: { message: expect.stringMatching(/^Too many requests from your address\. Try again in \d+ seconds\.$/) },
  });
  expect((await from('198.51.100.7')).status).toBe(200);
  // Pages are not limited: a CDN or a whole office can read the site.
  expect((await fetch(`${site.baseUrl}/articles`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(200);
});

test('health checks are never rate limited', async () => {
  const statuses = [];
  for (let i = 0; i < 12; i++) {
    statuses.push(
      (await fetch(`${site.baseUrl}/api/health`, { headers: { 'x-forwarded-for': '203.0.113.50' } })).status,
    );
  }
  expect(statuses).toEqual(Array(12).fill(200));
});

test('behind a trusted proxy, HTTPS turns on HSTS and upgrade-insecure-requests', async () => {
  const res = await fetch(`${site.baseUrl}/`, { headers: { 'x-forwarded-proto': 'https' } });
  expect(res.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
  expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
});

test.for([
  { name: 'a body over 512 KB', path: '/api/v1/classify', method: 'POST', length: 600 * 1024, status: 413 },
  { name: 'a body of unstated length', path: '/request/letter', method: 'POST', chunked: true, status: 411 },
  { name: 'an address over 4 KB', path: `/troubleshoot?sender=${'x'.repeat(5000)}`, method: 'GET', status: 414 },
  { name: 'PUT', path: '/articles', method: 'PUT', status: 405 },
  { name: 'DELETE', path: '/api/v1/answers', method: 'DELETE', status: 405 },
  { name: 'PATCH', path: '/chat', method: 'PATCH', status: 405 },
  { name: 'POST to a diagram', path: '/diagrams/isp-block.svg', method: 'POST', length: 0, status: 405 },
  { name: 'POST to a script', path: '/_next/static/chunks/any.js', method: 'POST', length: 0, status: 405 },
  { name: 'POST to robots.txt', path: '/robots.txt', method: 'POST', length: 0, status: 405 },
  { name: 'POST to an image made at build', path: '/opengraph-image', method: 'POST', body: 'a=1', status: 405 },
  { name: 'POST to stored JSON', path: '/api/v1/answers', method: 'POST', body: 'a=1', status: 405 },
])('$name is refused with $status', async ({ path, method, length, chunked, body: sent, status }) => {
  const headers: Record<string, string> = chunked
    ? { 'transfer-encoding': 'chunked' }
    : length === undefined
      ? sent === undefined
        ? {}
        : { 'content-length': String(sent.length) }
      : { 'content-length': String(length) };
  // Each from its own address: form posts have a limit of their own.
  const options = {
    method,
    headers: { ...headers, 'x-forwarded-for': `198.51.100.${100 + Math.floor(Math.random() * 100)}` },
  };
  const res = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = request(`${site.baseUrl}${path}`, options, (r) => {
      let body = '';
      r.on('data', (c: Buffer) => (body += c.toString()));
      r.on('end', () => resolve({ status: r.statusCode ?? 0, type: r.headers['content-type'] ?? '', body }));
    });
    req.on('error', reject);
    req.end(sent);
  });
  expect(res.status).toBe(status);
  expect(res.type).toContain(path.startsWith('/api/') ? 'application/json' : 'text/html');
  expect(res.body).not.toContain('xxxxxxxx');
});

test('IPv6 clients are counted by their /64, and IPv4-mapped addresses as IPv4', async () => {
  const from = (address: string) =>
    fetch(`${site.baseUrl}/api/v1/answers`, { headers: { 'x-forwarded-for': address } }).then((r) => r.status);
  const statuses = [];
  for (const address of ['2001:db8:77:1::1', '2001:db8:77:1::2', '2001:db8:77:1:abcd::', '2001:db8:77:1:ffff:1:2:3']) {
    statuses.push(await from(address));
  }
  // Four addresses in one /64 share one burst of four; the fifth is refused, another /64 is not.
  expect(statuses).toEqual([200, 200, 200, 200]);
  expect(await from('2001:db8:77:1::5')).toBe(429);
  expect(await from('2001:db8:77:2::1')).toBe(200);
  for (let i = 0; i < 4; i++) {
    await from('203.0.113.77');
  }
  expect(await from('::ffff:203.0.113.77')).toBe(429);
});

test('a client may have only so many new states rendered a minute; states already cached stay free', async () => {
  const from = (path: string, address: string) =>
    fetch(`${site.baseUrl}${path}`, { headers: { 'x-forwarded-for': address }, redirect: 'manual' });
  const first = await from('/troubleshoot?sender=program&client=samsung-email&symptom=refused', '198.51.100.20');
  expect([first.status, first.headers.get('x-nextjs-cache')]).toEqual([200, 'MISS']);
  // RATE_LIMIT 8: new states at a quarter of it, in bursts of one.
  const second = await from('/troubleshoot?sender=program&client=samsung-email&symptom=timeout', '198.51.100.20');
  expect(second.status).toBe(429);
  expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(await second.text()).toContain('Too many new pages from your address');
  const cached = await from('/troubleshoot?sender=program&client=samsung-email&symptom=refused', '198.51.100.20');
  expect([cached.status, cached.headers.get('x-nextjs-cache')]).toEqual([200, 'HIT']);
  // Made-up parameters render nothing: they are redirected away, however many there are.
  for (let i = 0; i < 5; i++) {
    const made = await from(`/chat?zz=${i}`, '198.51.100.20');
    expect([made.status, made.headers.get('location')]).toEqual([308, '/chat']);
  }
  expect(
    (await from('/troubleshoot?sender=program&client=samsung-email&symptom=timeout', '198.51.100.21')).status,
  ).toBe(200);
});

/** One request as written, without the client normalising its path (fetch would). */
function raw(target: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; location: string | undefined; body: string }>((resolve, reject) => {
    const { port } = new URL(site.baseUrl);
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(
        `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${Object.entries(headers)
          .map(([k, v]) => `${k}: ${v}\r\n`)
          .join('')}Connection: close\r\n\r\n`,
      );
    });
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
    socket.on('end', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({
        status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1]),
        location: /\r\nlocation: ([^\r]*)/i.exec(head)?.[1],
        body,
      });
    });
    socket.on('error', reject);
  });
}

test('dot segments are resolved before any decision: no way round the rate limit or to a private route', async () => {
  const address = { 'x-forwarded-for': '198.51.100.30' };
  for (let i = 0; i < 4; i++) {
    expect((await raw('/api/v1/answers', address)).status).toBe(200);
  }
  expect((await raw('/api/v1/answers', address)).status).toBe(429);
  for (const target of ['/x/../api/v1/answers', '/x/%2e%2e/api/v1/answers', '/./api/v1/answers', '/api/v1/./answers']) {
    expect(await raw(target, address), target).toMatchObject({ status: 308, location: '/api/v1/answers' });
  }
  for (const [target, location] of [
    ['/./troubleshoot/state/start', '/troubleshoot/state/start'],
    ['/./state/L3Ryb3VibGVzaG9vdA', '/state/L3Ryb3VibGVzaG9vdA'],
    ['/./request/shared?isp=other', '/request/shared?isp=other'],
    ['/x/..//evil.example/', '/evil.example/'],
  ] as const) {
    expect(await raw(target), target).toMatchObject({ status: 308, location });
  }
  for (const target of ['/state/L3Ryb3VibGVzaG9vdA', '/request/shared?isp=other']) {
    expect((await raw(target)).status, target).toBe(404);
  }
});

test('a request target that is not a path is refused, not redirected elsewhere', async () => {
  for (const target of ['http://evil.example/x/', 'https://evil.example/', '*', '//evil.example/x']) {
    const res = await raw(target);
    expect(res.status, target).toBe(target.startsWith('//') ? 308 : 400);
    expect(res.location ?? '', target).not.toContain('evil.example/x/');
    expect(res.location ?? '/', target).toMatch(/^\/(?!\/)/);
  }
});

test('a slow client is cut off once its headers are overdue, and connections are capped', async () => {
  const { port } = new URL(site.baseUrl);
  const started = Date.now();
  const closed = await new Promise<string>((resolve) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n'));
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString()));
    socket.on('close', () => resolve(text));
  });
  // HEADERS_TIMEOUT 1 s, checked every second: not Node.js's default 60 s.
  expect(Date.now() - started).toBeLessThan(5000);
  expect(closed).toMatch(/^HTTP\/1\.1 408/);
  // MAX_CONNECTIONS 20: the 21st is closed at once, while twenty idle ones are held.
  const sockets = await Promise.all(
    Array.from(
      { length: 20 },
      () =>
        new Promise<ReturnType<typeof connect>>((resolve) => {
          const s = connect(Number(port), '127.0.0.1', () => resolve(s));
        }),
    ),
  );
  await new Promise((r) => setTimeout(r, 200));
  const extra = await new Promise<string>((resolve) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString()));
    socket.on('close', () => resolve(text));
    socket.on('error', () => resolve(text));
  });
  expect(extra).toBe('');
  for (const s of sockets) {
    s.destroy();
  }
});

test('the image optimiser is off: no page uses it', async () => {
  const res = await fetch(`${site.baseUrl}/_next/image?url=%2Fapple-icon.png&w=640&q=75`);
  expect(res.status).toBe(404);
});

test('a tampered server action is logged as one JSON line, without a stack trace or what was posted', async () => {
  const before = site.output().length;
  const secret = 'tampered-4711';
  const form = new FormData();
  form.append('$ACTION_REF_0', '');
  form.append('$ACTION_0:1', `[${secret}`);
  form.append('$ACTION_0:0', JSON.stringify({ id: 'f'.repeat(42), bound: '$@1' }));
  form.append('text', secret);
  const res = await fetch(`${site.baseUrl}/chat?sender=program`, {
    method: 'POST',
    body: form,
    headers: { 'x-forwarded-for': '198.51.100.40' },
  });
  expect(res.status).toBeLessThan(500);
  await fetch(`${site.baseUrl}/chat?sender=program`, {
    method: 'POST',
    body: `[${secret}`,
    headers: { 'next-action': 'abc', 'content-type': 'text/plain', 'x-forwarded-for': '198.51.100.41' },
  });
  await new Promise((r) => setTimeout(r, 300));
  const lines = site.output().slice(before).split('\n').filter(Boolean);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(() => JSON.parse(line) as unknown, line).not.toThrow();
    expect(line).not.toMatch(/\s+at /);
    expect(line).not.toContain(secret);
  }
  expect(lines.some((l) => ['error', 'warn'].includes((JSON.parse(l) as { level?: string }).level ?? ''))).toBe(true);
});

test('logs one JSON line per request, without the query string, the address or anything posted', async () => {
  const secret = 'jane.doe-4711';
  const headers = { 'x-forwarded-for': '192.0.2.44' };
  await fetch(`${site.baseUrl}/troubleshoot?sender=program&client=outlook-classic&name=${secret}`, { headers });
  // Another address: each may have only one new state rendered at a time here.
  await fetch(`${site.baseUrl}/request?isp=comcast-xfinity&name=${secret}`, {
    headers: { 'x-forwarded-for': '192.0.2.45' },
  });
  await fetch(`${site.baseUrl}/api/v1/classify`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ text: `550 5.7.1 ${secret}@example.com relaying denied` }),
  });
  await new Promise((r) => setTimeout(r, 200));
  // Request lines; errors and warnings are lines of their own (see the tampered server action).
  const lines = site
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{') && line.includes('"method"'));
  const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(entries).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ method: 'GET', path: '/troubleshoot', status: 200 }),
      expect.objectContaining({ method: 'GET', path: '/request', status: 200 }),
      expect.objectContaining({ method: 'POST', path: '/api/v1/classify', status: 200 }),
    ]),
  );
  for (const entry of entries) {
    expect(Object.keys(entry).sort()).toEqual(
      expect.arrayContaining(['bytes', 'method', 'ms', 'path', 'status', 'time']),
    );
  }
  const all = lines.join('\n');
  expect(all).not.toContain(secret);
  expect(all).not.toContain('192.0.2.44');
  expect(all).not.toContain('192.0.2.45');
  expect(all).not.toContain('127.0.0.1');
  expect(all).not.toContain('?');
});

test('on SIGTERM it finishes the request in flight, then exits cleanly', async () => {
  const own = await startSite({ env: { RATE_LIMIT: 'off' } });
  const body = JSON.stringify({ text: '421 4.4.2 Connection timed out while talking to smtp.example.net port 25' });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      `${own.baseUrl}/api/v1/classify`,
      {
        method: 'POST',
        // The server's "100 Continue" says the request is in flight, however busy the machine.
        headers: { 'content-type': 'application/json', 'content-length': String(body.length), expect: '100-continue' },
      },
      (r) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString()));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.flushHeaders();
    // Once the server holds the request: half the body, the signal, then the rest.
    req.on('continue', () => {
      req.write(body.slice(0, 20));
      process.kill(own.pid, 'SIGTERM');
      setTimeout(() => req.end(body.slice(20)), 300);
    });
  });
  const { status, body: json } = await answer;
  expect(status).toBe(200);
  expect((JSON.parse(json) as { diagnosis: string }).diagnosis).toBe('port25-blocked');
  const exit = await own.exited;
  expect(exit).toEqual({ code: 0, signal: null });
  await expect(fetch(`${own.baseUrl}/`)).rejects.toThrow();
});
