// What the server refuses, and how it stops: rate limits per address, sizes, methods, and a clean
// exit on SIGTERM. Each test starts its own server, configured for it.
import { request } from 'node:http';

import { afterAll, beforeAll, expect, test } from 'vitest';

import { startSite, type SiteServer } from '../../scripts/lib/site-server';

let site: SiteServer;

beforeAll(async () => {
  site = await startSite({ env: { RATE_LIMIT: '8', TRUST_PROXY: '1' } });
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
])('$name is refused with $status', async ({ path, method, length, chunked, status }) => {
  const headers: Record<string, string> = chunked
    ? { 'transfer-encoding': 'chunked' }
    : length === undefined
      ? {}
      : { 'content-length': String(length) };
  const options = { method, headers };
  const res = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = request(`${site.baseUrl}${path}`, options, (r) => {
      let body = '';
      r.on('data', (c: Buffer) => (body += c.toString()));
      r.on('end', () => resolve({ status: r.statusCode ?? 0, type: r.headers['content-type'] ?? '', body }));
    });
    req.on('error', reject);
    req.end();
  });
  expect(res.status).toBe(status);
  expect(res.type).toContain(path.startsWith('/api/') ? 'application/json' : 'text/html');
  expect(res.body).not.toContain('xxxxxxxx');
});

test('logs one JSON line per request, without the query string, the address or anything posted', async () => {
  const secret = 'jane.doe-4711';
  const headers = { 'x-forwarded-for': '192.0.2.44' };
  await fetch(`${site.baseUrl}/troubleshoot?sender=program&client=outlook-classic&name=${secret}`, { headers });
  await fetch(`${site.baseUrl}/request?isp=comcast-xfinity&name=${secret}`, { headers });
  await fetch(`${site.baseUrl}/api/v1/classify`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ text: `550 5.7.1 ${secret}@example.com relaying denied` }),
  });
  await new Promise((r) => setTimeout(r, 200));
  const lines = site
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'));
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
  expect(all).not.toContain('127.0.0.1');
  expect(all).not.toContain('?');
});

test('on SIGTERM it finishes the request in flight, then exits cleanly', async () => {
  const own = await startSite({ env: { RATE_LIMIT: 'off' } });
  const body = JSON.stringify({ text: '421 4.4.2 Connection timed out while talking to smtp.example.net port 25' });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      `${own.baseUrl}/api/v1/classify`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length) } },
      (r) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString()));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    // Half the request now, the rest after the signal.
    req.write(body.slice(0, 20));
    setTimeout(() => {
      process.kill(own.pid, 'SIGTERM');
      setTimeout(() => req.end(body.slice(20)), 300);
    }, 300);
  });
  const { status, body: json } = await answer;
  expect(status).toBe(200);
  expect((JSON.parse(json) as { diagnosis: string }).diagnosis).toBe('port25-blocked');
  const exit = await own.exited;
  expect(exit).toEqual({ code: 0, signal: null });
  await expect(fetch(`${own.baseUrl}/`)).rejects.toThrow();
});
