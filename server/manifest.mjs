// @ts-check
// What the build tells the server (scripts/build-manifest.ts writes it after `next build`): the
// inline scripts the prerendered pages have, and the pages whose state is their query string.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The manifest's file in the build folder; the development server has its own, so that running it
 * does not replace the production build's.
 * @param {boolean} dev
 */
export const manifestFile = (dev) => (dev ? 'sendhelp-manifest.dev.json' : 'sendhelp-manifest.json');

/**
 * @typedef {object} BuildManifest
 * @property {string | undefined} buildId the build it describes (none for the development server)
 * @property {Array<string>} scriptHashes CSP hash sources of every inline script prerendered
 * @property {Array<import('./routing.mjs').StatePage>} statePages
 */

/** @param {unknown} value */
const isStrings = (value) => Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * @param {unknown} page
 * @returns {page is import('./routing.mjs').StatePage}
 */
function isStatePage(page) {
  if (typeof page !== 'object' || page === null) {
    return false;
  }
  const { paths, state, typed } = /** @type {Record<string, unknown>} */ (page);
  const rules = typeof state === 'object' && state !== null ? Object.values(state) : [];
  return (
    isStrings(paths) &&
    rules.length > 0 &&
    rules.every((r) => isStrings(r) || (typeof r === 'object' && r !== null && isStrings(r.listOf))) &&
    (typed === undefined ||
      (typeof typed === 'object' &&
        typed !== null &&
        isStrings(/** @type {{ parameters?: unknown }} */ (typed).parameters) &&
        typeof (/** @type {{ path?: unknown }} */ (typed).path) === 'string'))
  );
}

/**
 * Reads the manifest of the build in `distDir`, or says what is wrong and how to fix it.
 * @param {string} distDir
 * @param {{ dev: boolean }} options
 * @returns {{ ok: true, manifest: BuildManifest } | { ok: false, problem: string }}
 */
export function readManifest(distDir, { dev }) {
  const file = join(distDir, manifestFile(dev));
  const fix = dev ? '`npm run dev` writes it' : 'build with `npm run build`, which writes it after `next build`';
  /** @type {unknown} */
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { ok: false, problem: `No readable ${file}: ${fix}.` };
  }
  const { buildId, scriptHashes, statePages } = /** @type {Record<string, unknown>} */ (data ?? {});
  if (!isStrings(scriptHashes) || !Array.isArray(statePages) || !statePages.every(isStatePage)) {
    return { ok: false, problem: `${file} is not a manifest this server reads: ${fix}.` };
  }
  if (!dev) {
    let current = '';
    try {
      current = readFileSync(join(distDir, 'BUILD_ID'), 'utf8').trim();
    } catch {
      return { ok: false, problem: `No production build in ${distDir}: run \`npm run build\` first.` };
    }
    if (buildId !== current) {
      return { ok: false, problem: `${file} belongs to another build than ${distDir}/BUILD_ID: ${fix}.` };
    }
  }
  return {
    ok: true,
    manifest: { buildId: typeof buildId === 'string' ? buildId : undefined, scriptHashes, statePages },
  };
}
