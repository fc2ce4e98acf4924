// Hostile input, generated: every API route and form endpoint gets malformed and oversized query
// strings and bodies, broken JSON, Unicode edge cases and injection strings; files and pages get
// Range headers; paths get dot segments, and the server request targets that are not paths; state
// pages get made-up parameters. Every answer must be a 2xx, 3xx or 4xx with a clear JSON or HTML
// body, never a 500, never a redirect off the site, and never our marker tag unescaped.
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import fc from 'fast-check';
import { afterAll, expect, inject, test } from 'vitest';

const base = inject('baseUrl');
const runs = 120;
/** Requests made per endpoint, for the closing report. */
const made = new Map<string, number>();

afterAll(() => {
  const total = [...made.values()].reduce((a, b) => a + b, 0);
  // One line for the record: how much was thrown at each endpoint.
  process.stdout.write(`fuzz: ${total} requests: ${[...made].map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
});

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A tag no page has: if it comes back unescaped, input reached the HTML as markup.
const marker = '<xss-probe>';
const injections = [
  `${marker}<script>alert(1)</script>`,
  `"><img src=x onerror=alert(1)>${marker}`,
  `javascript:alert(1)//${marker}`,
  "' OR '1'='1",
  '../../../../etc/passwd',
  '%00%0d%0aSet-Cookie: x=1',
  '\r\nLocation: https://evil.example',
  '{{smtp.host}}{{case.isp}}',
  '__proto__',
  'constructor',
  '$ACTION_ID_0',
  '\u202Egnp.exe',
  '\uD800',
  '\u0000',
  'ｓｅｎｄｅｒ',
  '😀👍🏽',
  'a'.repeat(3000),
];
const text = fc.oneof(
  fc.constantFrom(...injections),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 500, maxLength: 2000 }),
);
const names = fc.oneof(
  fc.constantFrom(
    'sender',
    'client',
    'server',
    'symptom',
    'connection',
    'isp',
    'port',
    'tls',
    'abuse',
    'smarthost',
    'os',
    't25',
    't587',
    't465',
    't2525',
    'diagnosis',
    'view',
    'heard',
    'miss',
    'q',
    'country',
    'text',
    'ip',
    'hostname',
    'kinds',
    'assurances',
    '_rsc',
    'utm_source',
  ),
  fc.string({ maxLength: 12 }),
);
const values = fc.oneof(
  fc.constantFrom('program', 'thunderbird', 'comcast-xfinity', 'other', 'agent', 'embed', '25', 'GB', '1'),
  text,
);
/** A query string, mostly well formed, sometimes with broken percent-escapes. */
const query = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(fc.tuple(names, values), { maxLength: 8 })
      .map((pairs) => new URLSearchParams(pairs).toString()),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('%', '%zz', '%E0%A4%A', 'a=%', '&&&=&=', '=x', 'sender', '%F0%9F%98', '%EF%BF%BF=1'),
  },
);

async function check(endpoint: string, path: string, init?: RequestInit) {
  made.set(endpoint, (made.get(endpoint) ?? 0) + 1);
  const res = await fetch(`${base}${path}`, { redirect: 'manual', ...init });
  const body = await res.text();
  const type = res.headers.get('content-type') ?? '';
  const context = `${init?.method ?? 'GET'} ${path.slice(0, 300)} → ${res.status} ${type}\n${body.slice(0, 300)}`;
  expect(res.status, context).toBeGreaterThanOrEqual(200);
  expect(res.status, context).toBeLessThan(500);
  if (res.status >= 300 && res.status < 400) {
    // Redirects stay on the site.
    expect(res.headers.get('location') ?? '', context).toMatch(/^\/(?!\/)/);
    return;
  }
  expect(type, context).toMatch(/^(text\/html|application\/json|text\/plain)/);
  if (type.startsWith('application/json') && res.status >= 400) {
    expect((JSON.parse(body) as { error?: { message?: string } }).error?.message, context).toEqual(expect.any(String));
  }
  // JSON and plain text (sent with nosniff) are never read as markup; a page must escape.
  if (type.startsWith('text/html')) {
    expect(body.includes(marker), context).toBe(false);
  }
}

test.for([
  ['GET /api/v1/troubleshoot', '/api/v1/troubleshoot'],
  ['GET /api/v1/isps', '/api/v1/isps'],
  ['GET /api/v1/answers', '/api/v1/answers'],
  ['GET /api/health', '/api/health'],
  ['GET /troubleshoot', '/troubleshoot'],
  ['GET /chat', '/chat'],
  ['GET /answers/<id>', '/answers/use-587'],
  ['GET /request', '/request'],
  ['GET /search', '/search'],
  ['GET /isps', '/isps'],
  ['GET /agents', '/agents'],
  ['GET /chat/summary', '/chat/summary'],
  ['GET /diagnose', '/diagnose'],
] as const)('%s answers any query string without a 500 or unescaped input', async ([endpoint, path]) => {
  await fc.assert(
    fc.asyncProperty(query, async (q) => check(endpoint, `${path}?${q}`)),
    { numRuns: runs },
  );
});

test('GET /answers/<id>, /isps/<slug> and /articles/<slug> answer any path segment', async () => {
  const segment = fc.oneof(
    text.map((t) => encodeURIComponent(t.replace(loneSurrogate, '\uFFFD')).slice(0, 3000)),
    fc.constantFrom('%', '%zz', '%E0%A4%A', '..', '%2e%2e', '%2F', '%00', 'use-587%0d%0a'),
  );
  await fc.assert(
    fc.asyncProperty(segment, fc.constantFrom('/answers/', '/isps/', '/articles/'), async (s, prefix) =>
      check(`GET ${prefix}<any>`, `${prefix}${s}`),
    ),
    { numRuns: runs },
  );
});

const jsonBodies = fc.oneof(
  fc.record({ text }).map((o) => JSON.stringify(o)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constantFrom(
    '',
    '{',
    '{"text":',
    '{"text": 1}',
    '{"text": null}',
    'null',
    '[]',
    '"text"',
    '{"text":"\\ud800"}',
    '\u0000',
  ),
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    JSON.stringify({ text: 'x'.repeat(70 * 1024) }),
    JSON.stringify({ text: `${'\u2028'.repeat(20000)}` }),
  ),
);

test('POST /api/v1/classify answers any body and content type without a 500', async () => {
  await fc.assert(
    fc.asyncProperty(
      jsonBodies,
      fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', ''),
      async (body, type) =>
        check('POST /api/v1/classify', '/api/v1/classify', {
          method: 'POST',
          body,
          headers: type ? { 'content-type': type } : {},
        }),
    ),
    { numRuns: runs * 2 },
  );
});

test('POST /request/letter answers any form without a 500 or unescaped input', async () => {
  const fields = fc.array(fc.tuple(names, values), { maxLength: 14 });
  await fc.assert(
    fc.asyncProperty(fields, async (pairs) =>
      check('POST /request/letter', '/request/letter', {
        method: 'POST',
        body: new URLSearchParams(pairs),
      }),
    ),
    { numRuns: runs },
  );
});

/** The hidden fields of a page's server-action form, as a browser without JavaScript posts them. */
async function actionForm(path: string): Promise<Array<[string, string]>> {
  const html = await (await fetch(`${base}${path}`)).text();
  const unescape = (s: string) => s.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&#x27;', "'");
  return [...html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map((m) => [
    unescape(m[1] ?? ''),
    unescape(m[2] ?? ''),
  ]);
}

test.for([
  ['POST /diagnose', '/diagnose', 'text'],
  ['POST /troubleshoot (paste)', '/troubleshoot', 'text'],
  ['POST /chat (typed reply)', '/chat?sender=program', 'text'],
  ['POST /request (the form)', '/request', 'hostname'],
] as const)('%s answers any text, and any tampered hidden field, without a 500', async ([endpoint, path, field]) => {
  const hidden = await actionForm(path);
  expect(hidden.length, path).toBeGreaterThan(0);
  await fc.assert(
    fc.asyncProperty(text, fc.boolean(), values, async (value, tamper, bound) => {
      const form = new FormData();
      for (const [name, v] of hidden) {
        // The bound arguments (the chat's state, say) are the client's to forge.
        form.append(name, tamper && /:1$/.test(name) ? JSON.stringify([bound]) : v);
      }
      form.append(field, value);
      await check(endpoint, path, { method: 'POST', body: form });
    }),
    { numRuns: runs },
  );
});

/** One request exactly as written (fetch would resolve dot segments and refuse odd targets). */
function rawRequest(target: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
    const { port } = new URL(base);
    const socket = connect(Number(port), '127.0.0.1', () => {
      const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
      socket.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${lines.join('')}Connection: close\r\n\r\n`);
    });
    const chunks: Array<Buffer> = [];
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, split).toString('latin1').split('\r\n');
      resolve({
        status: Number(/^HTTP\/1\.1 (\d+)/.exec(head[0] ?? '')?.[1]),
        headers: Object.fromEntries(
          head.slice(1).map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
        ),
        body: all.subarray(split + 4),
      });
    });
    socket.on('error', reject);
  });
}

/** A status and where a redirect points: never a 5xx, never off the site. */
function expectSafe(target: string, res: { status: number; headers: Record<string, string> }) {
  const context = `${target.slice(0, 200)} → ${res.status} ${res.headers.location ?? ''}`;
  expect(res.status, context).toBeGreaterThanOrEqual(200);
  expect(res.status, context).toBeLessThan(500);
  if (res.status >= 300 && res.status < 400) {
    expect(res.headers.location ?? '', context).toMatch(/^\/(?!\/)/);
  }
}

test('Range headers of any shape are answered without a 5xx, and never change what others get', async () => {
  const page = await (await fetch(`${base}/articles/smtp-ports-explained`)).text();
  const script = /<script src="([^"]+)"/.exec(page)?.[1] ?? '';
  const files = [
    script,
    '/diagrams/isp-block.svg',
    '/robots.txt',
    '/search-index.json',
    '/articles/smtp-ports-explained',
  ];
  const whole = new Map<string, Buffer>();
  for (const file of files) {
    whole.set(file, (await rawRequest(file)).body);
  }
  const ranges = fc.oneof(
    fc.tuple(fc.nat(200_000), fc.nat(200_000)).map(([a, b]) => `bytes=${Math.min(a, b)}-${Math.max(a, b)}`),
    fc.nat(5000).map((n) => `bytes=-${n}`),
    fc.nat(5000).map((n) => `bytes=${n}-`),
    fc.constantFrom('bytes=0-0,5-9', 'bytes=abc', 'bytes=9-1', 'items=0-1', 'bytes=', '=', 'bytes=0-1,0-1,0-1,0-1'),
    fc.string({ maxLength: 30 }).map((t) => t.replace(/[^\x20-\x7e]/g, '')),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...files),
      ranges,
      fc.constantFrom('gzip', 'br', 'identity'),
      async (file, range, encoding) => {
        made.set('Range', (made.get('Range') ?? 0) + 1);
        expectSafe(file, await rawRequest(file, { range, 'accept-encoding': encoding }));
        // The next visitor gets the whole body, however it is encoded.
        const after = await rawRequest(file, { 'accept-encoding': encoding });
        const body =
          after.headers['content-encoding'] === 'gzip'
            ? gunzipSync(after.body)
            : after.headers['content-encoding'] === 'br'
              ? brotliDecompressSync(after.body)
              : after.body;
        expect(after.status, `${file} after ${range}`).toBe(200);
        expect(body.length, `${file} after ${range}`).toBe(whole.get(file)?.length);
      },
    ),
    { numRuns: runs },
  );
});

test('paths with dot segments, slashes and escapes never reach a private route or leave the site', async () => {
  const segment = fc.constantFrom(
    '.',
    '..',
    '%2e',
    '%2E%2e',
    '.%2e',
    '',
    'x',
    'state',
    'request',
    'shared',
    'api',
    'v1',
    'troubleshoot',
    'chat',
    'L3Ryb3VibGVzaG9vdA',
    '%2f',
    '\\..',
    'evil.example',
  );
  await fc.assert(
    fc.asyncProperty(
      fc.array(segment, { maxLength: 7 }),
      fc.constantFrom('', '?isp=other', '?sender=app'),
      async (parts, query) => {
        made.set('dot segments', (made.get('dot segments') ?? 0) + 1);
        const target = `/${parts.join('/')}${query}`;
        const res = await rawRequest(target);
        expectSafe(target, res);
        if (res.status === 200) {
          // A 200 is for a public page: the path as normalised is the one asked for.
          expect(res.headers['content-type'] ?? '', target).toMatch(/^(text\/html|application\/json|text\/plain)/);
          expect(target.split('?')[0], target).not.toMatch(/(^|\/)(\.|%2e){1,2}(\/|$)|\\|\/\//i);
          expect(target, target).not.toMatch(/^\/(state|request\/shared)(\/|\?|$)/);
        }
      },
    ),
    { numRuns: runs },
  );
});

test('absolute-form and other request targets that are not paths are refused with 400', async () => {
  const scheme = fc.constantFrom('http://', 'https://', 'HTTP://', 'ftp://', '//', '', 'javascript:');
  const host = fc.constantFrom('evil.example', '127.0.0.1', 'localhost:3000', '[::1]', 'evil.example:80@x');
  await fc.assert(
    fc.asyncProperty(
      scheme,
      host,
      fc.constantFrom('/', '/x/', '/troubleshoot?sender=app', ''),
      fc.constantFrom('GET', 'POST', 'HEAD'),
      async (s, h, p, method) => {
        made.set('request targets', (made.get('request targets') ?? 0) + 1);
        const target = `${s}${h}${p}`;
        const res = await rawRequest(target, method === 'POST' ? { 'content-length': '0' } : {}, method);
        expectSafe(target, res);
        if (!target.startsWith('/')) {
          expect(res.status, target).toBe(400);
        }
      },
    ),
    { numRuns: runs },
  );
  for (const target of ['*', 'evil.example', 'http://evil.example/x/']) {
    expect((await rawRequest(target)).status, target).toBe(400);
  }
});

const statePages = (
  JSON.parse(readFileSync('.next/sendhelp-manifest.json', 'utf8')) as {
    statePages: Array<{ paths: Array<string>; state: Record<string, unknown>; typed?: { parameters: Array<string> } }>;
  }
).statePages;

test('unknown query parameters on a state page are redirected away and render nothing new', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('/troubleshoot', '/chat', '/answers/use-587', '/request'),
      fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 24 }), values), { minLength: 1, maxLength: 4 }),
      fc.constantFrom('', 'sender=program', 'sender=app&client=ios-mail'),
      async (path, extra, known) => {
        made.set('unknown parameters', (made.get('unknown parameters') ?? 0) + 1);
        const page = statePages.find((p) => p.paths.includes(path));
        const allowed = new Set([...Object.keys(page?.state ?? {}), ...(page?.typed?.parameters ?? []), '_rsc']);
        const query = [known, new URLSearchParams(extra).toString()].filter(Boolean).join('&');
        const res = await fetch(`${base}${path}?${query}`, { redirect: 'manual' });
        await res.arrayBuffer();
        const context = `${path}?${query.slice(0, 200)} → ${res.status} ${res.headers.get('location') ?? ''}`;
        if (res.status === 414) {
          expect(path.length + query.length, context).toBeGreaterThan(4000);
          return;
        }
        if (extra.every(([name]) => allowed.has(name))) {
          // Known names only: a state (or, on the request form, typed answers rendered for that request).
          expect(res.status, context).toBeLessThan(500);
          return;
        }
        expect(res.status, context).toBe(308);
        expect(res.headers.get('x-nextjs-cache'), context).toBeNull();
        const location = new URL(res.headers.get('location') ?? '', base);
        expect(location.pathname, context).toBe(path);
        expect(
          [...location.searchParams.keys()].filter((name) => !allowed.has(name)),
          context,
        ).toEqual([]);
      },
    ),
    { numRuns: runs },
  );
});
