// The container image's server, run exactly as the Dockerfile runs it: the folder
// scripts/standalone.mjs assembles, copied read-only, started with the image's command and
// environment, and probed with its health check. (Base images cannot be pulled on these machines.)
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmod, cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { freePort, waitUntilUp } from '../../scripts/lib/site-server';

const run = promisify(execFile);
let dir: string;
/** The image's data volume (DATA_DIR): the one folder the server may write. */
let data: string;
let server: ChildProcess;
let base: string;
let image: { env: Record<string, string>; cmd: Array<string>; health: Array<string> };
let output = '';

/** ENV, CMD and HEALTHCHECK of the Dockerfile's last stage. */
async function readDockerfile() {
  const text = await readFile('Dockerfile', 'utf8');
  const last = text.slice(text.lastIndexOf('\nFROM '));
  const env: Record<string, string> = {};
  for (const line of last.matchAll(/^ENV (.+)$/gm)) {
    for (const pair of (line[1] ?? '').matchAll(/(\w+)=(\S+)/g)) {
      env[pair[1] ?? ''] = pair[2] ?? '';
    }
  }
  const json = (instruction: string) =>
    JSON.parse(new RegExp(`^${instruction} (\\[.+\\])$`, 'm').exec(last)?.[1] ?? '[]') as Array<string>;
  return { env, cmd: json('CMD'), health: json('HEALTHCHECK .*CMD') };
}

async function setMode(path: string, file: number, folder: number): Promise<void> {
  for (const entry of await readdir(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) {
      await setMode(full, file, folder);
    } else if (entry.isFile()) {
      await chmod(full, file);
    }
  }
  await chmod(path, folder);
}

beforeAll(async () => {
  await run(process.execPath, ['scripts/standalone.mjs']);
  dir = await mkdtemp(join(tmpdir(), 'sendhelp-image-'));
  await cp('.next/standalone', dir, { recursive: true });
  await setMode(dir, 0o444, 0o555);
  image = await readDockerfile();
  const port = await freePort();
  data = await mkdtemp(join(tmpdir(), 'sendhelp-volume-'));
  const [command, ...args] = image.cmd;
  expect(command).toBe('node');
  server = spawn(process.execPath, args, {
    cwd: dir,
    env: { NODE_ENV: 'production', PATH: process.env.PATH ?? '', ...image.env, PORT: String(port), DATA_DIR: data },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-32_000)));
  server.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-32_000)));
  base = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${base}/api/health`, 60_000, () => output);
}, 120_000);

afterAll(async () => {
  if (server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  if (dir) {
    await setMode(dir, 0o644, 0o755);
    await rm(dir, { recursive: true, force: true });
  }
  await rm(data, { recursive: true, force: true });
});

/** Files other users may not read, and folders they may not enter, under `path`. */
async function closedToOthers(path: string): Promise<Array<string>> {
  const closed: Array<string> = [];
  for (const entry of await readdir(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    const { mode } = await stat(full);
    if (entry.isDirectory()) {
      if ((mode & 0o005) !== 0o005) {
        closed.push(`${full}/`);
      }
      closed.push(...(await closedToOthers(full)));
    } else if (entry.isFile() && (mode & 0o004) === 0) {
      closed.push(full);
    }
  }
  return closed;
}

test('the image runs as an unprivileged user who can read its files and cannot change them', async () => {
  const dockerfile = await readFile('Dockerfile', 'utf8');
  const last = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  // Copied without --chown or --chmod, the files belong to root; USER comes after the copy.
  expect(last).toMatch(/^COPY --from=build \/app\/\.next\/standalone \.\/$/m);
  expect(last).not.toMatch(/--chown|--chmod/);
  expect(last).toMatch(/^USER node$/m);
  expect(last.indexOf('\nUSER node')).toBeGreaterThan(last.indexOf('\nCOPY --from=build'));
  // So the node user reads them as "others": every file the folder ships must allow it.
  expect(await closedToOthers('.next/standalone')).toEqual([]);
});

test('its health check passes', async () => {
  const [command, ...args] = image.health;
  expect(command).toBe('node');
  const port = new URL(base).port;
  await expect(run(process.execPath, args, { env: { ...process.env, PORT: port } })).resolves.toBeDefined();
  const health = await fetch(`${base}/api/health`);
  expect(health.status).toBe(200);
  // It read the content it shipped with: every article and ISP file.
  const count = async (folder: string, ext: string) =>
    (await readdir(join('content', folder))).filter((f) => f.endsWith(ext)).length;
  expect(await health.json()).toEqual({
    status: 'ok',
    articles: await count('articles', '.md'),
    isps: await count('isps', '.yaml'),
  });
});

test('it serves pages, cached states, static files and the API from the read-only folder', async () => {
  for (const path of [
    '/',
    '/articles/smtp-ports-explained',
    '/isps/comcast-xfinity',
    '/embed/chat.js',
    '/robots.txt',
  ]) {
    expect((await fetch(`${base}${path}`)).status, path).toBe(200);
  }
  const first = await fetch(`${base}/troubleshoot?sender=program&client=outlook-classic`);
  const second = await fetch(`${base}/troubleshoot?sender=program&client=outlook-classic`);
  expect([first.status, second.status]).toEqual([200, 200]);
  expect(second.headers.get('x-nextjs-cache')).toBe('HIT');
  const html = await second.text();
  const script = /<script src="([^"]+)"/.exec(html)?.[1] ?? '';
  expect((await fetch(`${base}${script}`)).status).toBe(200);
  // A state rendered at run time: its scripts carry a nonce of this response's.
  expect(second.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9_-]{22}'/);
  const classify = await fetch(`${base}/api/v1/classify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      text: '554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org',
    }),
  });
  expect(classify.status).toBe(200);
  expect(output).not.toMatch(/EACCES|EROFS|Error/);
});

test('the image records events into its data volume, with the native SQLite module it ships', async () => {
  const dockerfile = await readFile('Dockerfile', 'utf8');
  expect(image.env.DATA_DIR).toBe('/data');
  expect(dockerfile).toMatch(/^VOLUME \["\/data"\]$/m);
  expect((await stat(join(dir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).isFile()).toBe(true);
  await fetch(`${base}/troubleshoot?sender=program&client=thunderbird&symptom=timeout&port=25`);
  const file = join(data, 'events.sqlite');
  const deadline = Date.now() + 20_000;
  let reached: Array<{ subject: string }> = [];
  while (reached.length === 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    try {
      const db = new Sqlite(file, { readonly: true });
      reached = db.prepare<[], { subject: string }>("SELECT subject FROM counts WHERE type = 'reached'").all();
      db.close();
    } catch {
      // not written yet
    }
  }
  expect(reached).toEqual([{ subject: 'use-587' }]);
  expect(output).not.toMatch(/events-(dropped|store-unavailable)/);
});

test('the folder the image ships is small: the runtime, and each prerendered page', async () => {
  // Two budgets, because the two parts grow for different reasons: the runtime (Next.js, React,
  // the server, the native SQLite module, the PostgreSQL client) should not grow with content, and
  // a prerendered page (its HTML, its React payload, its prefetch segments; each carries the
  // stylesheet, see docs/performance.md "The largest paint") grows with its own text only.
  const megabytes = async (path: string) => Number((await run('du', ['-sm', path])).stdout.split('\t')[0]);
  const pages = '.next/standalone/.next/server/app';
  const all = await megabytes('.next/standalone');
  const prerendered = await megabytes(pages);
  const htmlPages = (await readdir(pages, { recursive: true })).filter((f) => f.endsWith('.html')).length;
  process.stdout.write(`standalone folder: ${all} MB, of which ${prerendered} MB is ${htmlPages} prerendered pages\n`);
  expect(all - prerendered).toBeLessThan(40);
  expect((prerendered * 1024) / htmlPages).toBeLessThan(400);
});
