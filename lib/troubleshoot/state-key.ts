// The private route of cached states (/state/<key>, see server/routing.mjs) carries the public
// page and its canonical query string as base64url: "/chat?sender=app", or "/troubleshoot".

const keyShape = /^[A-Za-z0-9_-]{2,1500}$/;

export type StateKey = { path: string; query: URLSearchParams };

/** The page and query a key stands for, or undefined if the key was not made by the server. */
export function decodeStateKey(key: string): StateKey | undefined {
  if (!keyShape.test(key)) {
    return undefined;
  }
  const text = Buffer.from(key, 'base64url').toString('utf8');
  // Only the exact encoding round-trips; anything else was typed by hand.
  if (Buffer.from(text, 'utf8').toString('base64url') !== key || !text.startsWith('/')) {
    return undefined;
  }
  const mark = text.indexOf('?');
  return mark === -1
    ? { path: text, query: new URLSearchParams() }
    : { path: text.slice(0, mark), query: new URLSearchParams(text.slice(mark + 1)) };
}

/** The key of a page and its canonical query: what the server sends states to. */
export function encodeStateKey(path: string, query: string): string {
  return Buffer.from(query === '' ? path : `${path}?${query}`, 'utf8').toString('base64url');
}
