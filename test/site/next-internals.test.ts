// What the server relies on in Next.js beyond its public API (server/next-internals.mjs) is checked
// at start: changed, the server stops before taking a request, naming the Next.js version and what
// changed. Here the build output is changed as an upgrade might change it. And plain `next start`,
// without our server, still sends the fixed security headers (next.config.ts).
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterAll, expect, test } from 'vitest';

import { freePort, nodeFlags, waitUntilUp } from '../../scripts/lib/site-server';

const nextVersion = (JSON.parse(await readFile('node_modules/next/package.json', 'utf8')) as { version: string })
  .version;
const made: Array<string> = [];

afterAll(async () => {
  for (const dir of made) {
    await rm(dir, { recursive: true, force: true });
  }
});

/** A copy of the project whose build has `change` made to required-server-files.json. */
async function projectWith(change: (files: { config: Record<string, unknown> }) => unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sendhelp-internals-'));
  made.push(dir);
  for (const entry of ['server', 'node_modules', 'content', 'public', 'package.json']) {
    await symlink(resolve(entry), join(dir, entry));
  }
  await mkdir(join(dir, '.next'));
  for (const entry of await readdir('.next')) {
    if (entry !== 'required-server-files.json') {
      await symlink(resolve('.next', entry), join(dir, '.next', entry));
    }
  }
  const files = JSON.parse(await readFile('.next/required-server-files.json', 'utf8')) as {
    config: Record<string, unknown>;
  };
  await writeFile(join(dir, '.next', 'required-server-files.json'), JSON.stringify(change(files)));
  return dir;
}

/** Starts the server in `cwd` and waits for it to exit; its output. */
async function startAndFail(cwd: string): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...nodeFlags, 'server/main.mjs', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  // It never took a request on its port.
  await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  return { code, output };
}

test('a build configuration Next.js no longer writes stops the server at start, naming the version', async () => {
  const { code, output } = await startAndFail(await projectWith(() => ({ version: 2, files: [] })));
  expect(code).toBe(2);
  expect(output).toContain(`Next.js ${nextVersion} no longer behaves as server/next-internals.mjs expects`);
  expect(output).toContain('required-server-files.json');
}, 120_000);

test('a build configuration not in force stops the server at start, naming the version', async () => {
  const { code, output } = await startAndFail(
    await projectWith((files) => ({ ...files, config: { ...files.config, poweredByHeader: true } })),
  );
  expect(code).toBe(2);
  expect(output).toContain(`Next.js ${nextVersion} no longer behaves as server/next-internals.mjs expects`);
  expect(output).toContain('X-Powered-By');
}, 120_000);

test('plain `next start` sends the fixed security headers', async () => {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  try {
    await waitUntilUp(`http://127.0.0.1:${port}/`, 60_000, () => output);
    for (const path of ['/', '/api/v1/answers']) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('same-origin');
      expect(res.headers.get('permissions-policy'), path).toContain('camera=()');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-powered-by'), path).toBeNull();
    }
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
}, 120_000);
