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

/**
 * One JSON line for an error or warning Next.js (or anything else) reports with console.error or
 * console.warn (a forged server action is a warning, with its stack): the error's
 * name, the first line of its message with quoted parts taken out (they can hold what a client
 * sent, such as a forged server action's payload), its digest if any, and never a stack trace.
 * @param {'error' | 'warn'} level
 * @param {ReadonlyArray<unknown>} args what console.error or console.warn was given
 */
export function errorLine(level, args) {
  const error = args.find((a) => a instanceof Error);
  const text = error ? error.message : args.filter((a) => typeof a === 'string').join(' ');
  const message = (text.split('\n')[0] ?? '')
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '…')
    .replace(/^\s*⨯\s*/, '')
    .trim()
    .slice(0, 200);
  const digest = /** @type {{ digest?: unknown }} */ (error ?? {}).digest;
  return JSON.stringify({
    time: new Date().toISOString(),
    level,
    ...(error ? { error: error.name } : {}),
    message,
    ...(typeof digest === 'string' ? { digest } : {}),
  });
}
