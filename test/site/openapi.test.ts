// The OpenAPI document: served, valid by Redocly's strict rules (redocly.yaml), and complete:
// every route under app/api/v1 is in it with exactly the methods the route answers.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { expect, inject, test } from 'vitest';

import { checkContract } from './contract';

const run = promisify(execFile);
const base = inject('baseUrl');

test('the document passes the OpenAPI linter, offline', async () => {
  const res = await fetch(`${base}/api/v1/openapi.json`);
  const document = (await checkContract(base, 'GET', res)) as { openapi: string };
  expect(document.openapi).toBe('3.1.0');
  const dir = await mkdtemp(join(tmpdir(), 'sendhelp-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    // Exit 0 and a JSON report on stdout (its banners go to stderr).
    const { stdout } = await run(
      join(process.cwd(), 'node_modules/.bin/redocly'),
      ['lint', '--config', 'redocly.yaml', '--format', 'json', file],
      { env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' } },
    );
    const report = JSON.parse(stdout) as { totals: Record<string, number>; problems: Array<{ message: string }> };
    expect(report.problems.map((p) => p.message)).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 60_000);

/** Route files under app/api/v1, as URL paths with the HTTP methods they export. */
async function routes(folder = 'app/api/v1'): Promise<Record<string, Array<string>>> {
  const found: Record<string, Array<string>> = {};
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      Object.assign(found, await routes(path));
    } else if (entry.name === 'route.ts') {
      const source = await readFile(path, 'utf8');
      found[`/${folder.replace(/^app\//, '')}`] = [
        ...source.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g),
      ]
        .map((m) => (m[1] ?? '').toLowerCase())
        .sort();
    }
  }
  return found;
}

test('every /api/v1 route is described, with exactly its methods', async () => {
  const document = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as { paths: Record<string, object> };
  const described = Object.fromEntries(
    Object.entries(document.paths).map(([path, ops]) => [path, Object.keys(ops).sort()]),
  );
  expect(described).toEqual(await routes());
});
