// @ts-check
// Where a request goes, decided once, on a normalised path. The assistant's state lives in the
// query string (/troubleshoot?sender=program&client=outlook), which Next.js can only render on
// every request; a state made only of known parameters with known values is mapped to one private
// route with the state as a path segment (app/state/[key]), which Next.js renders once and then
// serves from its cache like a prerendered page. Which pages have states, and the parameters and
// values each takes, come from the build (lib/state-pages.ts through the build manifest), not from
// this file. No Next.js APIs, so the tests load it directly.

/** The private route of cached states. A direct request to it is a 404. */
export const statePrefix = '/state';
/** Longest canonical state; the build checks that every state fits (scripts/build-manifest.ts). */
export const maxStateLength = 1024;
/** Next.js's cache-busting parameter on its own requests for page data: passed on, never part of a state. */
export const rscParameter = '_rsc';

/**
 * @typedef {object} StatePage
 * @property {Array<string>} paths the public paths with this kind of state
 * @property {Record<string, Array<string> | { listOf: Array<string> }>} state parameters that make
 *   up the cached state, in canonical order, each with its values, or a comma-separated list of
 *   other parameter names (the chat's `heard`)
 * @property {{ parameters: Array<string>, path: string }} [typed] parameters a customer typed:
 *   with any of them, the page is rendered for that request only, at `path` (a private route too)
 */

/**
 * Private routes: a direct request to one is a 404.
 * @param {ReadonlyArray<StatePage>} pages
 */
function isInternal(pages, /** @type {string} */ path) {
  const within = (/** @type {string} */ prefix) => path === prefix || path.startsWith(`${prefix}/`);
  return within(statePrefix) || pages.some((p) => p.typed !== undefined && within(p.typed.path));
}

/**
 * @typedef {{ kind: 'refuse', status: 400, message: string }
 *   | { kind: 'redirect', location: string }
 *   | { kind: 'not-found' }
 *   | { kind: 'state', key: string, url: string }
 *   | { kind: 'uncached', url: string }
 *   | { kind: 'pass', path: string }} Route
 */

/**
 * The path as Next.js will route it: dot segments (also written %2e) resolved, backslashes as
 * slashes, repeated slashes as one. Undefined for a request target that is not a path (the
 * absolute form "http://host/x" of a proxy request, "*", raw bytes outside printable ASCII).
 * @param {string} path the request target up to "?"
 * @returns {string | undefined}
 */
export function normalisePath(path) {
  if (!path.startsWith('/') || !/^[\x21-\x7e]*$/.test(path)) {
    return undefined;
  }
  const resolved = new URL(`http://n${path.replaceAll('\\', '/')}`).pathname;
  return resolved.replace(/\/{2,}/g, '/');
}

/**
 * The canonical query of a state: known parameters with known values, in canonical order. A
 * repeated or invalid one is dropped; so is anything unknown, except what the page takes as typed.
 * @param {StatePage} page
 * @param {URLSearchParams} params without Next.js's own parameter
 */
function canonicalState(page, params) {
  /** @type {Map<string, string>} */
  const given = new Map();
  /** @type {Set<string>} */
  const repeated = new Set();
  /** @type {Array<[string, string]>} */
  const typed = [];
  for (const [name, value] of params) {
    if (page.typed?.parameters.includes(name)) {
      typed.push([name, value]);
    } else if (given.has(name)) {
      repeated.add(name);
    } else {
      given.set(name, value);
    }
  }
  /** @type {Array<[string, string]>} */
  const state = [];
  for (const [name, rule] of Object.entries(page.state)) {
    const raw = given.get(name);
    if (raw === undefined || repeated.has(name)) {
      continue;
    }
    if (Array.isArray(rule)) {
      const value = raw.trim().toLowerCase();
      if (rule.includes(value)) {
        state.push([name, value]);
      }
      continue;
    }
    // A list of parameters already in the state, once each, in the order given.
    const present = new Set(state.map(([n]) => n));
    const list = [...new Set(raw.split(','))].filter((n) => rule.listOf.includes(n) && present.has(n));
    if (list.length > 0) {
      state.push([name, list.join(',')]);
    }
  }
  return { state, typed };
}

/** @param {Array<[string, string]>} pairs */
const queryOf = (pairs) => new URLSearchParams(pairs).toString();

/**
 * The path segment of a state: the page and its canonical query in base64url, which the private
 * route decodes (lib/troubleshoot/state-key.ts).
 * @param {string} path
 * @param {string} query
 */
export function encodeStateKey(path, query) {
  return Buffer.from(query === '' ? path : `${path}?${query}`, 'utf8').toString('base64url');
}

/**
 * Where to send a request, on its raw target. Refusals and redirects are answered by the server;
 * a state or an uncached page is rendered by Next.js at `url`; anything else passes unchanged.
 * @param {ReadonlyArray<StatePage>} pages
 * @param {string} target the request target, path and query
 * @returns {Route}
 */
export function route(pages, target) {
  const mark = target.indexOf('?');
  const rawPath = mark === -1 ? target : target.slice(0, mark);
  const search = mark === -1 ? '' : target.slice(mark + 1);
  const path = normalisePath(rawPath);
  if (path === undefined) {
    return { kind: 'refuse', status: 400, message: 'That address is not valid.' };
  }
  if (path !== rawPath) {
    return { kind: 'redirect', location: `${path}${mark === -1 ? '' : `?${search}`}` };
  }
  if (isInternal(pages, path)) {
    return { kind: 'not-found' };
  }
  const page = pages.find((p) => p.paths.includes(path));
  if (!page) {
    return { kind: 'pass', path };
  }
  const params = new URLSearchParams(search);
  const rsc = params.getAll(rscParameter);
  params.delete(rscParameter);
  const { state, typed } = canonicalState(page, params);
  const canonical = queryOf([...state, ...typed]);
  const rscSuffix = rsc.length > 0 ? queryOf(rsc.map((v) => [rscParameter, v])) : '';
  const withRsc = (/** @type {string} */ query) => [query, rscSuffix].filter(Boolean).join('&');
  if (!sameParameters(params, [...state, ...typed])) {
    const query = withRsc(canonical);
    return { kind: 'redirect', location: `${path}${query ? `?${query}` : ''}` };
  }
  if (page.typed && typed.length > 0) {
    // What a customer typed is rendered for them and kept nowhere.
    return { kind: 'uncached', url: `${page.typed.path}?${withRsc(canonical)}` };
  }
  const key = encodeStateKey(path, queryOf(state));
  return { kind: 'state', key, url: `${statePrefix}/${key}${rscSuffix ? `?${rscSuffix}` : ''}` };
}

/**
 * Whether a query holds exactly these parameters, in any order: a link written in another order
 * is the same state and needs no redirect.
 * @param {URLSearchParams} params
 * @param {Array<[string, string]>} pairs
 */
function sameParameters(params, pairs) {
  const sort = (/** @type {Array<[string, string]>} */ list) =>
    list
      .map(([n, v]) => `${n}=${v}`)
      .sort()
      .join('&');
  return sort([...params]) === sort(pairs);
}
