// The internal routes that cache assistant states (/troubleshoot/state/<key>, see server/routing.mjs)
// carry the canonical query string as base64url, or "start" for none.

const keyShape = /^[A-Za-z0-9_-]{2,1400}$/;

/** The query a state key stands for, or undefined if the key was not made by the server. */
export function decodeStateKey(key: string): URLSearchParams | undefined {
  if (key === 'start') {
    return new URLSearchParams();
  }
  if (!keyShape.test(key)) {
    return undefined;
  }
  const query = Buffer.from(key, 'base64url').toString('utf8');
  // Only the exact encoding round-trips; anything else was typed by hand.
  return Buffer.from(query, 'utf8').toString('base64url') === key ? new URLSearchParams(query) : undefined;
}
