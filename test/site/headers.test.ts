// The security headers of every kind of response the site gives, and the compression that comes
// with them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

/** A text with every nonce made the same. */
const withoutNonce = (text: string) => text.replace(/([nN]once[=:\\"'-]+)[A-Za-z0-9_-]{22}/g, '$1…');

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

const manifest = JSON.parse(readFileSync('.next/sendhelp-manifest.json', 'utf8')) as { scriptHashes: Array<string> };

test('a prerendered page allows its own inline scripts by the hashes the build recorded, and no inline script in general', async () => {
  for (const path of ['/articles/smtp-ports-explained', '/', '/troubleshoot', '/request', '/answers/use-587']) {
    const { res, body } = await get(path);
    const html = body.toString('utf8');
    const scriptSrc = directive(res.headers.get('content-security-policy') ?? '', 'script-src') ?? '';
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(scriptSrc, path).not.toContain('nonce-');
    const hashes = scriptHashes(html);
    expect(hashes.length, path).toBeGreaterThan(0);
    expect(scriptSrc, path).toBe(["script-src 'self'", ...hashes].join(' '));
    expect(
      hashes.filter((h) => !manifest.scriptHashes.includes(h)),
      path,
    ).toEqual([]);
    // The hashes are of the scripts as sent.
    const first = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(scriptSrc).toContain(`sha256-${createHash('sha256').update(first).digest('base64')}`);
  }
});

test('a page rendered at run time allows the scripts with this response’s nonce, and only those', async () => {
  for (const path of [
    '/troubleshoot?sender=program',
    '/chat?sender=app',
    '/search?q=tls',
    '/request?hostname=mail.example.org',
  ]) {
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const { res, body } = await get(path);
      const html = body.toString('utf8');
      const scriptSrc = directive(res.headers.get('content-security-policy') ?? '', 'script-src') ?? '';
      const nonce = /^script-src 'self' 'nonce-([A-Za-z0-9_-]{22})'$/.exec(scriptSrc)?.[1];
      expect(nonce, `${path}: ${scriptSrc}`).toBeDefined();
      // Every script Next.js wrote carries it, and no other nonce is in the page.
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, path).toBeGreaterThan(0);
      expect(
        scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)),
        path,
      ).toEqual([]);
      expect(
        [...new Set([...html.matchAll(/nonce(?:=|\\?":\\?")"?([A-Za-z0-9_+/=-]+)/g)].map((m) => m[1]))],
        path,
      ).toEqual([nonce]);
      nonces.push(nonce);
    }
    // A new nonce for every response, even from the cache.
    expect(nonces[0], path).not.toBe(nonces[1]);
  }
});

test('a client’s own Content-Security-Policy header does not choose the nonce', async () => {
  const { res, body } = await get('/troubleshoot?sender=app&client=windows-mail', {
    headers: { 'content-security-policy': "script-src 'nonce-chosenbytheclient0000'" },
  });
  expect(body.toString('utf8')).not.toContain('chosenbytheclient');
  expect(res.headers.get('content-security-policy')).not.toContain('chosenbytheclient');
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
      // The same, but for the nonce each response of a page rendered at run time has.
      expect(withoutNonce(decode(packed.body).toString('latin1')), path).toBe(
        withoutNonce(plain.body.toString('latin1')),
      );
      expect(withoutNonce(String(packed.headers['content-security-policy'])), path).toBe(
        withoutNonce(String(plain.headers['content-security-policy'])),
      );
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

test('a Range request gets the whole file, and never poisons the compressed copy', async () => {
  const { body: page } = await get('/articles/smtp-ports-explained');
  const scripts = [...page.toString('utf8').matchAll(/<script src="([^"]+)"/g)].map((m) => m[1] ?? '');
  for (const path of [scripts[scripts.length - 1] ?? '', scripts[0] ?? '', '/diagrams/isp-block.svg']) {
    const whole = await raw(path);
    expect(whole.status, path).toBe(200);
    expect(whole.headers['accept-ranges'], path).toBeUndefined();
    for (const encoding of ['gzip', 'br']) {
      const decode = (b: Buffer) => (encoding === 'gzip' ? gunzipSync(b) : brotliDecompressSync(b));
      for (const range of ['bytes=0-1999', 'bytes=100-199', 'bytes=9-1', 'bytes=abc', 'bytes=-5', 'bytes=0-0,5-9']) {
        const asked = await raw(path, { range, 'accept-encoding': encoding });
        expect(asked.status, `${path} ${range}`).toBe(200);
        expect(asked.headers['content-range'], `${path} ${range}`).toBeUndefined();
        expect(decode(asked.body).equals(whole.body), `${path} ${range}`).toBe(true);
        // Everyone after gets the whole file too.
        const after = await raw(path, { 'accept-encoding': encoding });
        expect(decode(after.body).equals(whole.body), `${path} after ${range}`).toBe(true);
      }
    }
  }
});
