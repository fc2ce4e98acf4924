// @ts-check
// The assistant's state lives in the query string (/troubleshoot?sender=program&client=outlook),
// which Next.js can only render on every request. This maps such a URL to an internal route with
// the state as a path segment, which Next.js renders once and then serves from its cache like a
// prerendered page. No Next.js APIs, so the tests load it directly.

/** Longest canonical query string that is cached; longer ones are rendered on each request. */
export const maxStateLength = 1024;

/** Query parameters that make up a state: lower-case names. Tracking tags (utm_*) and Next.js's own (_rsc) are not. */
const stateParameter = /^[a-z][a-z0-9-]{0,23}$/;

/** Where each public page's cached states live. A direct request to one of these is a 404. */
const internal = /^\/(?:troubleshoot\/state|chat\/state|answers\/[^/]+\/case|request\/case|request\/shared)(?:\/|$)/;

/** The request form caches links that carry only the troubleshooter's facts; others hold what a customer typed. */
const requestFacts = new Set(['isp', 'connection', 'server']);

export const notFoundPath = '/_not-found';

/**
 * The query string that identifies a state: state parameters only, sorted by name (values in the
 * order given), so the same state shares one cache entry however its link was written.
 * @param {string} search without the leading "?"
 * @returns {string | undefined} undefined when it is too long to cache
 */
export function canonicalQuery(search) {
  const params = new URLSearchParams(search);
  /** @type {Array<[string, string]>} */
  const kept = [];
  for (const [name, value] of params) {
    if (stateParameter.test(name)) {
      kept.push([name, value]);
    }
  }
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(kept).toString();
  return query.length > maxStateLength ? undefined : query;
}

/**
 * The path segment for a canonical query: "start" for none, else the query in base64url (which
 * never has the length of "start", so the two cannot collide).
 * @param {string} query
 */
export function encodeStateKey(query) {
  return query === '' ? 'start' : Buffer.from(query, 'utf8').toString('base64url');
}

/**
 * The internal URL to render a request with, or undefined to leave it alone. Form posts (server
 * actions) go where the page they came from was rendered: without JavaScript, a form's answer is
 * only matched to the form in the same page.
 * @param {string | undefined} method
 * @param {string} url the request target, path and query
 * @returns {string | undefined}
 */
export function stateRoute(method, url) {
  const mark = url.indexOf('?');
  const path = mark === -1 ? url : url.slice(0, mark);
  if (internal.test(path)) {
    return notFoundPath;
  }
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
    return undefined;
  }
  const search = mark === -1 ? '' : url.slice(mark + 1);
  if (path === '/request') {
    return requestRoute(search);
  }
  const isAnswer = /^\/answers\/[a-z0-9-]{1,64}$/.test(path);
  if (path !== '/troubleshoot' && path !== '/chat' && !isAnswer) {
    return undefined;
  }
  const query = canonicalQuery(search);
  if (query === undefined) {
    return undefined;
  }
  if (isAnswer) {
    // The plain answer is prerendered at its own path; only a personalised one needs a case.
    return query === '' ? undefined : `${path}/case/${encodeStateKey(query)}`;
  }
  return `${path}/state/${encodeStateKey(query)}`;
}

/**
 * The empty form is prerendered at /request itself. A link with the troubleshooter's facts only
 * is cached; a customer's shared answers (host names, addresses, their own words) are rendered
 * for that request and kept nowhere.
 * @param {string} search
 * @returns {string | undefined}
 */
function requestRoute(search) {
  const query = canonicalQuery(search);
  if (query === '') {
    return undefined;
  }
  const names = [...new URLSearchParams(search).keys()];
  if (query !== undefined && names.every((name) => requestFacts.has(name) || !stateParameter.test(name))) {
    return `/request/case/${encodeStateKey(query)}`;
  }
  return `/request/shared?${search}`;
}
