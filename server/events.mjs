// @ts-check
// The server's side of the event recorder (lib/events/runtime.ts, started by instrumentation.ts):
// the assistant's pages are served from a cache without running any page code, so the server tells
// the recorder which of them it sent. Also hands the app the client's address, for the daily vote
// damping and the sign-in limit; the address itself is never recorded.

const key = Symbol.for('sendhelp.events');
/** The pages whose views are events (questions shown and answered, answers reached). */
const tracked = /^\/(?:troubleshoot|chat|answers\/[a-z0-9-]{1,64})$/;

/** Request header carrying the client's address from this server to the app. */
export const clientHeader = 'x-sendhelp-client';

/**
 * @typedef {{ view(url: string, referer: string | undefined): void, close(): Promise<void> }} EventsRuntime
 * @returns {EventsRuntime | undefined}
 */
function runtime() {
  return /** @type {Record<symbol, EventsRuntime | undefined>} */ (/** @type {unknown} */ (globalThis))[key];
}

/**
 * Replaces whatever the client sent under the header's name with the address this server trusts.
 * @param {import('node:http').IncomingMessage} req
 * @param {string} client from clientAddress() in rate-limit.mjs
 */
export function passClient(req, client) {
  req.headers[clientHeader] = client;
}

/**
 * Whether a request is a view worth reporting once it is answered: a GET of an assistant page that
 * a person opened, not a prefetch.
 * @param {import('node:http').IncomingMessage} req
 * @param {string} path
 */
export function isTrackedView(req, path) {
  const h = req.headers;
  return (
    req.method === 'GET' &&
    tracked.test(path) &&
    h['next-router-prefetch'] === undefined &&
    h.purpose !== 'prefetch' &&
    !String(h['sec-purpose'] ?? '').includes('prefetch')
  );
}

/**
 * Reports a page sent successfully; costs the response nothing (the recorder reads it later).
 * @param {import('node:http').IncomingMessage} req
 * @param {string} url the public URL (path and query), before any internal rewrite
 * @param {number} status
 */
export function reportView(req, url, status) {
  if (status === 200) {
    const referer = req.headers.referer;
    runtime()?.view(url, typeof referer === 'string' ? referer : undefined);
  }
}

/** Writes the counts still in memory: at shutdown. */
export async function closeEvents() {
  await runtime()?.close();
}
