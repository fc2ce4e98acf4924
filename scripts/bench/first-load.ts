// First-load JavaScript: every <script src> a page's HTML loads, gzipped and summed, and the same
// for a bare Next.js app built with the same Next.js (the floor every page pays).
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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
