// The security headers of every kind of response the site gives, and the compression that comes
// with them.
import { createHash } from 'node:crypto';
import { request, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { expect, inject, test } from 'vitest';

import { scriptHashes } from '@/server/headers.mjs';

import { embedOrigins } from './server';

const base = inject('baseUrl');

async function get(path: string, init: RequestInit = {}) {
  const res = await fetch(`${base}${path}`, { redirect: 'manual', ...init });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

/** The bytes as sent: fetch would undo the compression. */
function raw(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers }, (res) => {
      const chunks: Array<Buffer> = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const directive = (csp: string, name: string) => csp.split(/;\s*/).find((d) => d.startsWith(`${name} `));

// One of every kind: prerendered, cached state, rendered per request, not found, JSON (GET and
// POST), a script, a stylesheet, a public file, an image made on the server, feeds for crawlers.
const kinds = [
  ['prerendered page', '/articles/smtp-ports-explained'],
  ['home page', '/'],
  ['cached state', '/troubleshoot?sender=program&client=thunderbird'],
  ['personalised answer', '/answers/use-587?isp=comcast-xfinity'],
  ['page rendered per request', '/search?q=port+587'],
  ['page not found', '/articles/no-such-article'],
  ['JSON API', '/api/v1/troubleshoot?sender=program'],
  ['JSON API error', '/api/v1/troubleshoot?sender=nonsense'],
  ['health check', '/api/health'],
  ['text download', '/chat/summary?sender=program'],
  ['launcher script', '/embed/chat.js'],
  ['diagram', '/diagrams/isp-block.svg'],
  ['Open Graph image', '/opengraph-image'],
  ['sitemap', '/sitemap.xml'],
  ['robots.txt', '/robots.txt'],
] as const;

test.for(kinds)('%s (%s) carries the security headers and no framework banner', async ([, path]) => {
  const { res } = await get(path);
  expect(res.status, path).toBeLessThan(500);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('same-origin');
  expect(res.headers.get('permissions-policy')).toContain('camera=()');
  expect(res.headers.get('x-powered-by')).toBeNull();
  // Plain HTTP here, and no trusted proxy saying otherwise: no HSTS.
  expect(res.headers.get('strict-transport-security')).toBeNull();
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-eval');
  if (res.headers.get('content-type')?.startsWith('text/html')) {
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  } else {
    expect(directive(csp, 'default-src')).toBe("default-src 'none'");
  }
});

test('a page allows exactly its own inline scripts, by hash, and no inline script in general', async () => {
  for (const path of [
    '/articles/smtp-ports-explained',
    '/troubleshoot?sender=program',
    '/chat',
    '/request',
    '/search?q=tls',
  ]) {
    const { res, body } = await get(path);
    const html = body.toString('utf8');
    const scriptSrc = directive(res.headers.get('content-security-policy') ?? '', 'script-src') ?? '';
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    const hashes = scriptHashes(html);
    expect(hashes.length, path).toBeGreaterThan(0);
    expect(scriptSrc, path).toBe(["script-src 'self'", ...hashes].join(' '));
    // The hashes are of the scripts as sent.
    const first = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(scriptSrc).toContain(`sha256-${createHash('sha256').update(first).digest('base64')}`);
  }
});

test('only the embeddable chat may be framed, and only by the ESP’s own sites', async () => {
  const { res } = await get('/chat?view=embed&sender=program');
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(directive(csp, 'frame-ancestors')).toBe(`frame-ancestors ${embedOrigins}`);
  expect(res.headers.get('x-frame-options')).toBeNull();
  const plain = await get('/chat?sender=program');
  expect(directive(plain.res.headers.get('content-security-policy') ?? '', 'frame-ancestors')).toBe(
    "frame-ancestors 'none'",
  );
});

test('a forged X-Forwarded-Proto does not turn on HSTS when no proxy is trusted', async () => {
  const { res } = await get('/', { headers: { 'x-forwarded-proto': 'https' } });
  expect(res.headers.get('strict-transport-security')).toBeNull();
});

test.for([
  ['br', (b: Buffer) => brotliDecompressSync(b)],
  ['gzip', (b: Buffer) => gunzipSync(b)],
] as const)(
  'pages, scripts and JSON come %s-compressed to browsers that ask, and unchanged',
  async ([encoding, decode]) => {
    const { body: page } = await get('/articles/smtp-ports-explained');
    const script = /<script src="([^"]+)"/.exec(page.toString('utf8'))?.[1] ?? '';
    for (const path of [
      '/articles/smtp-ports-explained',
      '/troubleshoot?sender=app',
      '/api/v1/answers',
      '/search-index.json',
      script,
    ]) {
      const plain = await raw(path);
      const packed = await raw(path, { 'accept-encoding': encoding });
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(packed.headers['content-encoding'], path).toBe(encoding);
      expect(packed.headers.vary, path).toContain('Accept-Encoding');
      expect(Number(packed.headers['content-length']), path).toBe(packed.body.length);
      expect(packed.body.length, path).toBeLessThan(plain.body.length / 2);
      expect(decode(packed.body).equals(plain.body), path).toBe(true);
      expect(packed.headers['content-security-policy'], path).toBe(plain.headers['content-security-policy']);
    }
  },
);

test('a page the browser already has comes back 304, without a policy that would replace the cached one', async () => {
  // Over plain HTTP: fetch adds Cache-Control: no-cache to a conditional request.
  for (const encoding of ['identity', 'br']) {
    const first = await raw('/articles/smtp-ports-explained', { 'accept-encoding': encoding });
    const etag = first.headers.etag ?? '';
    expect(etag).not.toBe('');
    const again = await raw('/articles/smtp-ports-explained', { 'accept-encoding': encoding, 'if-none-match': etag });
    expect(again.status, encoding).toBe(304);
    expect(again.headers['content-security-policy'], encoding).toBeUndefined();
    expect(again.headers['x-content-type-options'], encoding).toBe('nosniff');
    expect(again.body.length, encoding).toBe(0);
  }
});
