// @ts-check
// Everything the server relies on that Next.js does not document as public API, in one place, and
// a start-up check of each, so that a Next.js upgrade that changes one stops the server with the
// Next.js version and what changed named, instead of breaking the site quietly:
// 1. `.next/required-server-files.json` holds the configuration the build used, and setting
//    `__NEXT_PRIVATE_STANDALONE_CONFIG` to it makes Next.js use it instead of loading
//    next.config.ts (what Next.js's own standalone server.js does; the container has no
//    next.config.ts). Checked: the file's shape, and that the built configuration is in force.
// 2. `x-nextjs-cache` on a response says whether Next.js served it from its cache (HIT, STALE) or
//    rendered it (MISS): the request log and the budget for new states read it. Checked on a
//    prerendered page.
// 3. `_rsc` is the query parameter Next.js's router adds to its requests for page data, which the
//    routing passes on to the state route (server/routing.mjs). Checked: Next.js still asks for it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { rscParameter } from './routing.mjs';

/** The Next.js version installed, as its package says. */
export const nextVersion = /** @type {{ version: string }} */ (createRequire(import.meta.url)('next/package.json'))
  .version;

const cacheHeader = 'x-nextjs-cache';

/** @param {string} what */
const changed = (what) =>
  `Next.js ${nextVersion} no longer behaves as server/next-internals.mjs expects: ${what}. Update that module for this version of Next.js (see its header).`;

/**
 * The configuration the build used, from the build output.
 * @param {string} distDir
 * @returns {{ ok: true, config: import('next').NextConfig } | { ok: false, problem: string }}
 */
export function readBuiltConfig(distDir) {
  const file = join(distDir, 'required-server-files.json');
  /** @type {unknown} */
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { ok: false, problem: `No production build in ${distDir}: run \`npm run build\` first.` };
  }
  const config = /** @type {{ config?: unknown }} */ (data ?? {}).config;
  if (
    typeof config !== 'object' ||
    config === null ||
    typeof (/** @type {{ distDir?: unknown }} */ (config).distDir) !== 'string'
  ) {
    return { ok: false, problem: changed(`${file} has no "config" object with a "distDir"`) };
  }
  return { ok: true, config: /** @type {import('next').NextConfig} */ (config) };
}

/**
 * Makes every part of Next.js in this process use the built configuration.
 * @param {import('next').NextConfig} config
 */
export function useBuiltConfig(config) {
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}

/**
 * Whether Next.js served a response from its cache ('HIT', 'STALE') or rendered it ('MISS');
 * undefined for responses it does not cache.
 * @param {import('node:http').ServerResponse} res
 * @returns {string | undefined}
 */
export function cacheStatus(res) {
  const value = res.getHeader(cacheHeader);
  return typeof value === 'string' ? value : undefined;
}

/**
 * Checks each of the above against the running server, through the server itself.
 * @param {string} baseUrl where the server listens
 * @param {{ prerendered: string }} paths a page Next.js prerendered at build
 * @returns {Promise<Array<string>>} what changed, empty when nothing did
 */
export async function checkNextInternals(baseUrl, { prerendered }) {
  const problems = [];
  const page = await fetch(`${baseUrl}${prerendered}`, { redirect: 'manual' });
  await page.arrayBuffer();
  if (page.status !== 200) {
    problems.push(`GET ${prerendered} answered ${page.status}`);
  }
  if (!['HIT', 'STALE'].includes(page.headers.get(cacheHeader) ?? '')) {
    problems.push(changed(`a prerendered page (${prerendered}) came without "${cacheHeader}: HIT"`));
  }
  // next.config.ts turns off the X-Powered-By header: without it, the built configuration is not in force.
  if (page.headers.has('x-powered-by')) {
    problems.push(changed('the configuration from required-server-files.json is not in force (X-Powered-By is back)'));
  }
  // A request for page data without the router's parameter is sent to the address with it.
  const data = await fetch(`${baseUrl}${prerendered}`, { redirect: 'manual', headers: { RSC: '1' } });
  await data.arrayBuffer();
  const location = data.headers.get('location') ?? '';
  if (data.status !== 307 || !new URL(location, baseUrl).searchParams.has(rscParameter)) {
    problems.push(
      changed(
        `a request for page data without "${rscParameter}" answered ${data.status} ${location}, not a redirect adding it`,
      ),
    );
  }
  return problems;
}
