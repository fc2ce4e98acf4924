import { createHash } from 'node:crypto';

import { expect, test } from 'vitest';

import { baseHeaders, pagePolicy, parseOrigins, resourcePolicy, scriptHashes } from '@/server/headers.mjs';
import { BodyCache, chooseEncoding } from '@/server/respond.mjs';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('every inline script that runs is hashed, once, and nothing else is', () => {
  const html = [
    '<script src="/_next/static/chunks/a.js" async=""></script>',
    '<script id="_R_">(globalThis.TURBOPACK=[]).push(1)</script>',
    '<script>self.__next_f.push([1,"x"])</script>',
    '<script>self.__next_f.push([1,"x"])</script>',
    '<script type="application/ld+json">{"@type":"FAQPage"}</script>',
    '<script type="module">import("/a.js")</script>',
    '<SCRIPT>alert(1)</SCRIPT>',
    '<p>text with <code>&lt;script&gt;</code> in it</p>',
  ].join('');
  expect(scriptHashes(html)).toEqual([
    sha('(globalThis.TURBOPACK=[]).push(1)'),
    sha('self.__next_f.push([1,"x"])'),
    sha('import("/a.js")'),
    sha('alert(1)'),
  ]);
});

test('a page may run its own files and its hashed inline scripts, never inline script in general', () => {
  const policy = pagePolicy({ scripts: [sha('a')], frameAncestors: [], https: false });
  const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'));
  expect(scriptSrc).toBe(`script-src 'self' ${sha('a')}`);
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).not.toContain('upgrade-insecure-requests');
});

test('only the embeddable chat names who may frame it, and HTTPS adds upgrade-insecure-requests', () => {
  const policy = pagePolicy({ scripts: [], frameAncestors: ['https://www.example.net'], https: true });
  expect(policy).toContain('frame-ancestors https://www.example.net');
  expect(policy.endsWith('upgrade-insecure-requests')).toBe(true);
});

test('everything that is not a page may load nothing and be framed by no one', () => {
  expect(resourcePolicy).toContain("default-src 'none'");
  expect(resourcePolicy).toContain("frame-ancestors 'none'");
});

test('HSTS is sent only over HTTPS', () => {
  expect(baseHeaders({ https: false })).not.toHaveProperty('Strict-Transport-Security');
  expect(baseHeaders({ https: true })['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
  expect(baseHeaders({ https: false })['X-Content-Type-Options']).toBe('nosniff');
});

test.for([
  ['https://www.example.net', ['https://www.example.net'], []],
  ['https://www.example.net/ http://localhost:8080', ['https://www.example.net', 'http://localhost:8080'], []],
  ['https://a.example, https://b.example', ['https://a.example', 'https://b.example'], []],
  ['', [], []],
  [
    'https://www.example.net/help',
    [],
    ['"https://www.example.net/help" is not an origin such as https://www.example.net (scheme and host, no path)'],
  ],
  ["'self'", [], ['"\'self\'" is not an origin such as https://www.example.net']],
  [
    'javascript:alert(1)',
    [],
    ['"javascript:alert(1)" is not an origin such as https://www.example.net (scheme and host, no path)'],
  ],
  ['*', [], ['"*" is not an origin such as https://www.example.net']],
] as const)('origins from %j', ([list, origins, problems]) => {
  expect(parseOrigins(list)).toEqual({ origins, problems });
});

test.for([
  [undefined, undefined],
  ['', undefined],
  ['gzip, deflate, br, zstd', 'br'],
  ['gzip', 'gzip'],
  ['br;q=0, gzip;q=0.5', 'gzip'],
  ['identity', undefined],
  ['*', 'br'],
  ['*;q=0, gzip', 'gzip'],
  ['GZIP', 'gzip'],
] as const)('Accept-Encoding %j is answered with %j', ([accept, encoding]) => {
  expect(chooseEncoding(accept)).toBe(encoding);
});

test('the body cache keeps to its size, dropping the least recently used first', () => {
  const cache = new BodyCache(1000);
  cache.set('a', { body: Buffer.alloc(100) });
  cache.set('b', { body: Buffer.alloc(100) });
  cache.get('a');
  for (let i = 0; i < 8; i++) {
    cache.set(`c${i}`, { body: Buffer.alloc(100) });
  }
  expect(cache.bytes).toBeLessThanOrEqual(1000);
  expect(cache.get('b')).toBeUndefined();
  expect(cache.get('c7')).toBeDefined();
  cache.set('too-big', { body: Buffer.alloc(200) });
  expect(cache.get('too-big')).toBeUndefined();
});
