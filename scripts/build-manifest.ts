// Run by `npm run build` after `next build`: writes what the server needs to know about this build
// into <distDir>/sendhelp-manifest.json, from the build output and the code, never from requests:
// - scriptHashes: the SHA-256 of every inline script in the pages Next.js prerendered, the only
//   inline scripts a prerendered page's Content-Security-Policy may approve (server/respond.mjs);
// - statePages: the pages whose state is their query string, with the parameters and values each
//   takes (lib/state-pages.ts), which the server routes by (server/routing.mjs).
// `--dev` writes the state pages alone, for the development server, which has no prerendered pages.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

import { loadLibrary } from '../lib/content/library';
import { env } from '../lib/env';
import { shareableFields } from '../lib/letter/form';
import { longestState, statePages } from '../lib/state-pages';
import { scriptHashes } from '../server/headers.mjs';
import { manifestFile } from '../server/manifest.mjs';
import { maxStateLength } from '../server/routing.mjs';

const { values: args } = parseArgs({ options: { dev: { type: 'boolean', default: false } } });
const distDir = join(process.cwd(), env.SENDHELP_DIST_DIR ?? '.next');

async function htmlFiles(dir: string): Promise<Array<string>> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

const library = await loadLibrary();
const pages = statePages({
  ispSlugs: library.isps.map((i) => i.slug),
  answerIds: library.answers.map((a) => a.id),
  requestFields: shareableFields,
});
for (const page of pages) {
  if (longestState(page) > maxStateLength) {
    throw new Error(
      `The state of ${page.paths[0]} can be ${longestState(page)} characters, more than the server caches (${maxStateLength}, server/routing.mjs)`,
    );
  }
}

let buildId: string | undefined;
const hashes = new Set<string>();
if (!args.dev) {
  buildId = (await readFile(join(distDir, 'BUILD_ID'), 'utf8')).trim();
  const files = await htmlFiles(join(distDir, 'server', 'app'));
  if (files.length === 0) {
    throw new Error(`No prerendered pages in ${relative(process.cwd(), distDir)}/server/app: run next build first`);
  }
  for (const file of files) {
    for (const hash of scriptHashes(await readFile(file, 'utf8'))) {
      hashes.add(hash);
    }
  }
}
const file = join(distDir, manifestFile(args.dev ?? false));
await mkdir(distDir, { recursive: true });
await writeFile(file, `${JSON.stringify({ buildId, scriptHashes: [...hashes].sort(), statePages: pages })}\n`);
console.log(
  `Wrote ${relative(process.cwd(), file)}: ${hashes.size} inline script hashes, ${pages.length} kinds of state page`,
);
