// A deployment with a broken content file must fail to build, naming each file, line and fix,
// rather than serve a broken site. The Dockerfile builds with `npm run build`, so the same failure
// stops `docker build`. Builds a copy of content/ with two mistakes into a folder of its own.
import { cp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { expect, test } from 'vitest';

import { buildAndMeasure, prepareBenchFolder } from '../../scripts/bench/scale';

const root = join('.bench', 'broken');

test('a broken content file fails the build with the file, the line and the fix, and leaves nothing to serve', async () => {
  await prepareBenchFolder();
  await rm(root, { recursive: true, force: true });
  const contentDir = join(root, 'content');
  await cp('content', contentDir, { recursive: true });
  // A misspelt frontmatter key on line 2 of an article.
  const article = join(contentDir, 'articles', 'spamhaus-pbl.md');
  await writeFile(article, (await readFile(article, 'utf8')).replace(/^---\n/, '---\ntilte: PBL\n'));
  // An ISP status that is not one of the allowed values.
  const isp = join(contentDir, 'isps', 'att.yaml');
  await writeFile(isp, (await readFile(isp, 'utf8')).replace('status: blocked', 'status: maybe'));

  const distDir = join(root, 'dist');
  const failure = await buildAndMeasure({ contentDir, distDir, articles: 0, isps: 0 }).then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  await expect(stat(join(distDir, 'BUILD_ID'))).rejects.toThrow();
  // `npm run build` checks the content before compiling anything, so it stops in seconds.
  expect(failure).toMatch(/^scripts\/check-content\.ts failed \(exit 1\)/);
  expect(failure).not.toContain('Creating an optimized production build');
  expect(failure).toContain(`${article}:2: frontmatter: unknown key "tilte": fix the spelling or remove it`);
  expect(failure).toContain(`${isp}:12: port25.dsl.status: Invalid option: expected one of "blocked"|"open"`);
  await rm(root, { recursive: true, force: true });
}, 90_000);
