// The production topology of deploy/, on loopback and without containers: two app instances of the
// standalone build (as the image runs them), nginx with the shipped configuration (its paths and
// ports substituted, scripts/lib/topology.ts) and a throw-away PostgreSQL both instances keep their
// counts in. What it shows is what the README's "Run it in production" promises.
import { Agent, request } from 'node:http';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';

import {
  buildId,
  standaloneCopy,
  startTopology,
  switchBuild,
  type Instance,
  type Topology,
} from '../../scripts/lib/topology';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

const password = 'topology-test-password';
const article = '/articles/smtp-ports-explained';
const state = '/troubleshoot?client=thunderbird&sender=program';
const answer = '/answers/use-587?client=thunderbird&isp=comcast-xfinity';

let dir: string;
let newDir: string | undefined;
let db: TestDatabase | undefined;
let site: Topology;

type Reply = { status: number; headers: Record<string, string>; rawHeaders: Array<string>; body: Buffer };

/** One request on its own connection, headers and body as they came (nothing decompressed). */
function send(
  url: string,
  o: { method?: string; headers?: Record<string, string>; body?: string | Buffer; agent?: Agent } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: o.method ?? 'GET', headers: o.headers ?? {}, agent: o.agent ?? false },
      (res) => {
        const chunks: Array<Buffer> = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers as Record<string, string>,
            rawHeaders: res.rawHeaders,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

const via = (path: string, o?: Parameters<typeof send>[1]) => send(`${site.nginx.baseUrl}${path}`, o);

/** The response's headers, sorted, without those of the connection and the moment (nginx may reorder them). */
const lasting = (r: Reply) => {
  const pairs: Array<string> = [];
  for (let i = 0; i + 1 < r.rawHeaders.length; i += 2) {
    const name = (r.rawHeaders[i] ?? '').toLowerCase();
    if (!['date', 'connection', 'keep-alive', 'x-cache', 'server'].includes(name)) {
      pairs.push(`${name}: ${r.rawHeaders[i + 1] ?? ''}`);
    }
  }
  return pairs.sort();
};

/** How many requests for `path` (and `method`) an instance's request log shows. */
const served = (output: string, method: string, path: string) =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { method?: string; path?: string })
    .filter((l) => l.method === method && l.path === path).length;
const servedByApp = (method: string, path: string) =>
  site.instances.reduce((n, i) => n + served(i.output(), method, path), 0);

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) {
      return value;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  dir = await standaloneCopy();
  db = await createTestDatabase();
  if (!db) {
    throw new Error('The topology test needs PostgreSQL: apt-get install -y postgresql (see scripts/pg-cluster.sh).');
  }
  site = await startTopology(dir, { DATABASE_URL: db.url, INSIGHTS_PASSWORD: password });
}, 240_000);

afterAll(async () => {
  await site?.stop();
  await db?.drop();
  for (const d of [dir, newDir]) {
    if (d) {
      await rm(d, { recursive: true, force: true });
    }
  }
}, 60_000);

test.for([
  ['an article', article],
  ['a troubleshooter state', state],
  ['a personalised answer', answer],
] as const)('the second request for %s is a cache hit with the headers and body the app sent', async ([, path]) => {
  for (const encoding of ['br', 'gzip', '']) {
    const headers: Record<string, string> = encoding ? { 'accept-encoding': encoding } : {};
    const first = await via(path, { headers });
    const second = await via(path, { headers });
    expect(first.status, path).toBe(200);
    expect(first.headers['x-cache'], path).toBe('MISS');
    expect(second.headers['x-cache'], path).toBe('HIT');
    expect(lasting(second), path).toEqual(lasting(first));
    expect(second.body.equals(first.body), path).toBe(true);
    expect(second.headers['content-encoding'], path).toBe(encoding || undefined);
    // The app's own headers, every security header among them, byte for byte.
    const direct = await send(`${site.instances[0]?.baseUrl}${path}`, { headers });
    const names = (r: Reply) => [...new Set(lasting(r).map((h) => h.split(':')[0]))];
    expect(names(second), path).toEqual(names(direct));
    for (const name of ['x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options']) {
      expect(second.headers[name], `${path} ${name}`).toBe(direct.headers[name]);
    }
    const csp = second.headers['content-security-policy'] ?? '';
    if (path === article) {
      // Prerendered: the build's hashes, the same from every instance.
      expect(csp).toBe(direct.headers['content-security-policy']);
    } else {
      // Rendered at run time: the cached copy keeps its nonce, in the policy and on its scripts.
      const nonce = /'nonce-([A-Za-z0-9_-]+)'/.exec(csp)?.[1];
      expect(nonce, csp).toBeDefined();
      if (!encoding) {
        const html = second.body.toString('utf8');
        const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
        expect(scripts.length).toBeGreaterThan(0);
        expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`))).toEqual([]);
      }
    }
  }
});

test('a client cannot make nginx keep Next.js page data, or a cookie-bearing page, under a page address', async () => {
  const path = '/articles/isp-port-25-interception';
  const rsc = await via(path, { headers: { rsc: '1' } });
  expect({ status: rsc.status, cache: rsc.headers['x-cache'] }).toEqual({ status: 307, cache: 'BYPASS' });
  const withCookie = await via(path, { headers: { cookie: 'a=b' } });
  expect({ status: withCookie.status, cache: withCookie.headers['x-cache'] }).toEqual({ status: 200, cache: 'BYPASS' });
  const page = await via(path);
  expect({ status: page.status, cache: page.headers['x-cache'] }).toEqual({ status: 200, cache: 'MISS' });
  expect(page.headers['content-type']).toMatch(/^text\/html/);
});

test('a POST is never answered from the cache', async () => {
  const body = JSON.stringify({ target: 'answer/use-587', helpful: true });
  const before = servedByApp('POST', '/api/v1/feedback');
  for (let i = 0; i < 3; i++) {
    const res = await via('/api/v1/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      body,
    });
    expect(res.status).toBe(202);
    expect(res.headers['x-cache']).toBeUndefined();
  }
  expect(
    await eventually(
      () => Promise.resolve(servedByApp('POST', '/api/v1/feedback') - before),
      (n) => n === 3,
    ),
  ).toBe(3);
});

test('feedback sent through either instance lands in the one database', async () => {
  // Pasted errors are counted (their diagnosis, never their text) on every post, wherever it lands.
  const body = JSON.stringify({
    text: '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org',
  });
  const client = new pg.Client({ connectionString: db?.url });
  await client.connect();
  try {
    const count = () =>
      client
        .query<{ n: string }>("SELECT coalesce(sum(n), 0) AS n FROM counts WHERE type = 'diagnosis'")
        .then((r) => Number(r.rows[0]?.n ?? 0));
    const before = await count();
    const byInstance = site.instances.map((i) => served(i.output(), 'POST', '/api/v1/classify'));
    for (let i = 0; i < 6; i++) {
      const res = await via('/api/v1/classify', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
        body,
      });
      expect(res.status).toBe(200);
    }
    // Round robin: both instances took some, and every one is in the one database.
    const took = site.instances.map((i, n) => served(i.output(), 'POST', '/api/v1/classify') - (byInstance[n] ?? 0));
    expect(
      took.every((n) => n > 0),
      `posts per instance: ${took.join(', ')}`,
    ).toBe(true);
    expect(await eventually(count, (n) => n - before >= 6)).toBe(before + 6);
  } finally {
    await client.end();
  }
});

/** The sign-in form's fields as a browser without JavaScript posts them (multipart, Next.js's action id included). */
async function signInForm(): Promise<FormData> {
  const html = (await via('/insights/sign-in')).body.toString('utf8');
  const fields = new FormData();
  for (const m of html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)) {
    fields.append(m[1] ?? '', (m[2] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
  }
  fields.append('password', password);
  return fields;
}

test('a signed-in /insights page is never kept: each one comes from the app, and no one else gets it', async () => {
  const base = site.nginx.baseUrl;
  const signIn = await fetch(`${base}/insights/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: base },
    body: await signInForm(),
  });
  expect(signIn.status).toBe(303);
  expect(signIn.headers.get('x-cache')).toBeNull();
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(cookie).toMatch(/^__Secure-sendhelp-insights=./);
  const before = servedByApp('GET', '/insights');
  for (let i = 0; i < 3; i++) {
    const page = await via('/insights', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['x-cache']).toBe('BYPASS');
    expect(page.body.toString('utf8')).toContain('Sign out');
  }
  expect(
    await eventually(
      () => Promise.resolve(servedByApp('GET', '/insights') - before),
      (n) => n === 3,
    ),
  ).toBe(3);
  // Without the cookie: the sign-in page, never the page someone signed in saw.
  const anonymous = await via('/insights');
  expect(anonymous.status).toBe(307);
  expect(anonymous.headers.location).toBe('/insights/sign-in');
  expect(anonymous.headers['x-cache']).not.toBe('HIT');
});

/**
 * Requests through nginx from `connections` clients at once until stopped, each one the app must
 * answer itself (the health check, and an article with a cookie, which bypasses the cache).
 */
function load(connections: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const statuses = new Map<string, number>();
  let running = true;
  const loops = Array.from({ length: connections }, async (_, i) => {
    for (let n = i; running; n++) {
      const path = n % 2 === 0 ? '/api/health' : article;
      const status = await via(path, { agent, headers: { cookie: 'load=1' } }).then(
        (r) => String(r.status),
        (error: Error) => error.message,
      );
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      agent.destroy();
      return Object.fromEntries(statuses);
    },
  };
}

/**
 * After a restart, nginx sends an instance nothing until fail_timeout (3 s in nginx.conf) has
 * passed since it last failed: stopping the other one sooner leaves no instance to send to (every
 * request a 502, as this test found). So a deploy waits, as this does (and as
 * deploy/deploy-compose.sh does), and then until nginx sends the restarted instance requests again.
 */
async function servingAgain(instance: Instance): Promise<void> {
  await new Promise((r) => setTimeout(r, 5000));
  const before = served(instance.output(), 'GET', '/api/health');
  const deadline = Date.now() + 30_000;
  while (served(instance.output(), 'GET', '/api/health') < before + 2) {
    if (Date.now() > deadline) {
      throw new Error(`nginx sent the restarted instance on port ${instance.port} nothing in 30 s`);
    }
    await via('/api/health');
  }
}

test.for(['SIGTERM', 'SIGKILL'] as const)(
  'stopping one app instance under load (%s) loses no request: nginx sends it to the other',
  { timeout: 60_000 },
  async (signal) => {
    const victim = signal === 'SIGTERM' ? site.instances[1] : site.instances[0];
    if (!victim) {
      throw new Error('no instance');
    }
    const running = load(16);
    await new Promise((r) => setTimeout(r, 1500));
    await victim.stop(signal);
    await new Promise((r) => setTimeout(r, 2500));
    const statuses = await running.stop();
    const total = Object.values(statuses).reduce((a, b) => a + b, 0);
    console.log(`stop one instance with ${signal} under load: ${JSON.stringify(statuses)} of ${total} requests`);
    expect(total).toBeGreaterThan(100);
    expect(statuses).toEqual({ '200': total });
    await victim.start();
    await servingAgain(victim);
  },
);

test('after the deploy step, nginx serves the new build, not the old one it kept', async () => {
  const old = await buildId(dir);
  newDir = `${dir}-next`;
  await cp(dir, newDir, { recursive: true });
  // A new build: its own id, and the article's text changed (as a content change would).
  const id = `${old}-next`;
  await writeFile(join(newDir, '.next/BUILD_ID'), id);
  const manifestFile = join(newDir, '.next/sendhelp-manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, unknown>;
  await writeFile(manifestFile, JSON.stringify({ ...manifest, buildId: id }));
  const file = join(newDir, `.next/server/app${article}.html`);
  const html = await readFile(file, 'utf8');
  const title = 'Port 25, 587, 465 and 2525 explained';
  expect(html).toContain(title);
  await writeFile(file, html.replaceAll(title, `${title}, again`));
  const titleOf = async () => {
    const r = await via(article);
    return { cache: r.headers['x-cache'], newer: r.body.toString('utf8').includes(`${title}, again`) };
  };
  await titleOf();
  expect(await titleOf()).toEqual({ cache: 'HIT', newer: false });
  // Rolling: one instance at a time, the other serving.
  for (const i of site.instances) {
    await i.stop('SIGTERM');
    await i.start(newDir);
    await servingAgain(i);
    expect((await send(`${i.baseUrl}${article}`)).body.toString('utf8')).toContain(`${title}, again`);
  }
  // Until the deploy step, nginx answers from what it kept of the old build.
  expect(await titleOf()).toEqual({ cache: 'HIT', newer: false });
  await switchBuild(id, site.nginx);
  expect(await eventually(titleOf, (t) => t.newer)).toEqual({ cache: 'MISS', newer: true });
  expect(await titleOf()).toEqual({ cache: 'HIT', newer: true });
}, 240_000);

test('the edge answers 429 on /api/ beyond its limit, before the app sees the request', async () => {
  const path = '/api/v1/troubleshoot?sender=program';
  const replies = [];
  for (let i = 0; i < 8; i++) {
    replies.push(...(await Promise.all(Array.from({ length: 10 }, () => via(path)))));
  }
  const limited = replies.filter((r) => r.status === 429);
  // A burst of 60 (and 2 a second) passes; the rest is refused.
  expect(limited.length).toBeGreaterThan(10);
  expect(replies.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(60);
  const refusal = limited[0];
  // nginx's answer: the app's would carry its Permissions-Policy.
  expect(refusal?.headers['permissions-policy']).toBeUndefined();
  expect(refusal?.headers['retry-after']).toBe('60');
  expect(refusal?.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(JSON.parse(refusal?.body.toString('utf8') ?? '')).toEqual({
    error: { message: 'Too many requests from your address. Try again in 60 seconds.' },
  });
});

test('the edge answers 429 to form posts beyond its limit; pages are not limited', async () => {
  const statuses = [];
  for (let i = 0; i < 20; i++) {
    statuses.push((await via('/feedback', { method: 'POST', headers: { 'content-length': '0' } })).status);
  }
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3);
  const refusal = await via('/feedback', { method: 'POST', headers: { 'content-length': '0' } });
  expect(refusal.status).toBe(429);
  expect(refusal.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(refusal.headers['permissions-policy']).toBeUndefined();
  expect(refusal.body.toString('utf8')).toContain('Too many requests from your address');
  expect((await via(article)).status).toBe(200);
});
