// The insights session: a cookie holding its expiry and a random id, signed with HMAC-SHA256 under
// a key derived from the password hash (so changing the password signs everyone out, and every
// instance with the same password accepts it). Signing out revokes the id in this process.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const sessionCookie = '__Secure-sendhelp-insights';
export const sessionHours = 8;

export type Session = { id: string; expires: number };

const mac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('base64url');

export function sessionKey(passwordHash: Buffer): Buffer {
  return createHmac('sha256', passwordHash).update('sendhelp insights session v1').digest();
}

export function createSession(key: Buffer, now: number): { value: string; session: Session } {
  const session = { id: randomBytes(18).toString('base64url'), expires: now + sessionHours * 3_600_000 };
  const body = `${session.expires}.${session.id}`;
  return { value: `${body}.${mac(key, body)}`, session };
}

export function readSession(
  key: Buffer,
  value: string | undefined,
  now: number,
  revoked: { has(id: string): boolean },
): Session | undefined {
  const [expires, id, signature, extra] = (value ?? '').split('.');
  if (!expires || !id || !signature || extra !== undefined) {
    return undefined;
  }
  const expected = Buffer.from(mac(key, `${expires}.${id}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return undefined;
  }
  const session = { id, expires: Number(expires) };
  return session.expires > now && !revoked.has(id) ? session : undefined;
}

/** The token a signed-in form carries: tied to the session, so another site cannot forge it. */
export function formToken(key: Buffer, session: Session): string {
  return mac(key, `form.${session.id}`);
}

export function checkFormToken(key: Buffer, session: Session, token: unknown): boolean {
  const expected = Buffer.from(formToken(key, session));
  const given = Buffer.from(typeof token === 'string' ? token : '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
