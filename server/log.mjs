// @ts-check
// One JSON line per request on stdout: what was asked for and how it went. Never the query string
// (it can carry a customer's answers), the client's address, cookies or anything posted.

/**
 * @param {{ method: string | undefined, path: string, status: number, ms: number, bytes: number, cache?: string }} entry
 */
export function requestLine({ method, path, status, ms, bytes, cache }) {
  return JSON.stringify({
    time: new Date().toISOString(),
    method: method ?? '?',
    path: path.length > 200 ? `${path.slice(0, 200)}…` : path,
    status,
    ms: Math.round(ms * 10) / 10,
    bytes,
    ...(cache ? { cache } : {}),
  });
}
