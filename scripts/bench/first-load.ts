// First-load JavaScript: every <script src> a page's HTML loads, gzipped and summed, and the same
// for a bare Next.js app built with the same Next.js (the floor every page pays).
import { execFile, spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

export type ScriptBytes = { scripts: number; gzip: number; raw: number };

const scriptSources = (html: string) => [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');

function sum(bodies: ReadonlyArray<Buffer>): ScriptBytes {
  return bodies.reduce(
    (t, body) => ({
      scripts: t.scripts + 1,
      raw: t.raw + body.length,
      gzip: t.gzip + gzipSync(body, { level: 9 }).length,
    }),
    { scripts: 0, gzip: 0, raw: 0 },
  );
}

export async function firstLoadJs(baseUrl: string, path: string): Promise<ScriptBytes> {
  const res = await fetch(new URL(path, baseUrl));
  if (!res.ok) {
    throw new Error(`${path} answered ${res.status}`);
  }
  const sources = scriptSources(await res.text());
  return sum(
    await Promise.all(
      sources.map(async (src) => Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer())),
    ),
  );
}

const bareApp = {
  'app/layout.jsx': `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.jsx': `export default function Page() {
  return <p>Hello</p>;
}
`,
};

/** Builds a one-page Next.js app in .bench/baseline and measures its page's scripts. */
export async function nextBaseline(root = process.cwd()): Promise<ScriptBytes> {
  const dir = join(root, '.bench', 'baseline');
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'app'), { recursive: true });
  for (const [file, text] of Object.entries(bareApp)) {
    await writeFile(join(dir, file), text);
  }
  await promisify(execFile)(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'build', dir], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const html = await readFile(join(dir, '.next/server/app/index.html'), 'utf8');
  return sum(
    await Promise.all(scriptSources(html).map((src) => readFile(join(dir, '.next', src.replace(/^\/_next\//, ''))))),
  );
}

/** A free loopback port, as the system hands one out. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Serves the bare app built by nextBaseline() with `next start` on loopback, for Lighthouse to
 * measure beside our pages. Resolves once it answers; stop() ends the process it started.
 */
export async function serveBaseline(root = process.cwd()): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/next/dist/bin/next'),
      'start',
      join(root, '.bench', 'baseline'),
      '-p',
      String(port),
      '-H',
      '127.0.0.1',
    ],
    { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  };
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) {
      throw new Error(`the bare Next.js app stopped before it answered (exit ${child.exitCode})`);
    }
    const answered = await fetch(url).then(
      (res) => res.ok,
      () => false,
    );
    if (answered) {
      return { url, stop };
    }
    if (waited > 30_000) {
      await stop();
      throw new Error(`the bare Next.js app did not answer on ${url} within 30 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
