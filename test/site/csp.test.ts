// The Content-Security-Policy approves only scripts the site emitted. Were markup ever injected
// into a page (a bug that let input through as HTML), its script must not run. No page of ours has
// such a bug, so the injection is made here: real pages from the build, with scripts added, are
// sent through the server's own response layer (server/respond.mjs) with the build's recorded
// hashes, and loaded in Chromium next to the scripts the real site serves.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

import { afterAll, beforeAll, expect, inject, test } from 'vitest';

import { BodyCache, secureResponse } from '@/server/respond.mjs';

import { freePort } from '../../scripts/lib/site-server';
import { useBrowser } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();
const secretNonce = 'SecretNonceOfTheServer';
const approvedHashes = new Set(
  (JSON.parse(readFileSync('.next/sendhelp-manifest.json', 'utf8')) as { scriptHashes: Array<string> }).scriptHashes,
);
const article = readFileSync('.next/server/app/articles/smtp-ports-explained.html', 'utf8');
const inject_ = (html: string, scripts: string) => html.replace('</body>', `${scripts}</body>`);

/** Pages as Next.js would hand them to the response layer, each with an injection in it. */
const pages: Record<string, string> = {
  // Prerendered at build: its own scripts are approved by the hashes the build recorded.
  '/prerendered': inject_(article, '<script>window.injected = "prerendered"</script>'),
  // Rendered at run time: Next.js put the server's secret nonce on its own scripts.
  '/rendered': inject_(
    article.replaceAll('<script', `<script nonce="${secretNonce}"`),
    [
      '<script>window.injected = "without a nonce"</script>',
      '<script nonce="SecretNonceOfTheServe">window.injected = "with a guessed nonce"</script>',
      `<script nonce="${secretNonce.toLowerCase()}">window.injected = "with another"</script>`,
    ].join(''),
  ),
};

let server: Server;
let origin: string;

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = createServer((req, res) => {
    secureResponse(req, res, {
      https: false,
      frameAncestors: [],
      cache: new BodyCache(1 << 20),
      approvedHashes,
      secretNonce,
    });
    const page = pages[req.url ?? ''];
    if (page !== undefined) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(page);
      return;
    }
    // Scripts and styles from the real site.
    void fetch(`${base}${req.url ?? '/'}`).then(async (r) => {
      res.statusCode = r.status;
      res.setHeader('Content-Type', r.headers.get('content-type') ?? 'application/octet-stream');
      res.end(Buffer.from(await r.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test.for(['/prerendered', '/rendered'])(
  'an injected script in a page %s does not run; the site’s own do',
  async (path) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const refused: Array<string> = [];
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) {
        refused.push(m.text());
      }
    });
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).not.toContain(secretNonce);
    expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined();
    // Next.js's inline scripts ran: they fill self.__next_f with the page's data.
    expect(await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown }).__next_f))).toBe(true);
    expect(refused.length).toBe(path === '/prerendered' ? 1 : 3);
    // The page's own scripts carry the response's nonce now, never the server's.
    expect(await page.content()).not.toContain(secretNonce);
    await context.close();
  },
);
