// Hostile input, generated: every API route and form endpoint gets malformed and oversized query
// strings and bodies, broken JSON, Unicode edge cases and injection strings. Every answer must be
// a 2xx, 3xx or 4xx with a clear JSON or HTML body, never a 500, and never our marker tag unescaped.
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
