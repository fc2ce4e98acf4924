// Who may see /insights, in this process (shared by every route bundle on globalThis): the
// password hash and session key, derived once; sign-in attempts limited per client and overall;
// sessions revoked by signing out.
import 'server-only';

import { guards } from '../events/guards';
import { env } from '../env';
import { passwordHash, verifyPassword, type PasswordHash } from './password';
import { createSession, readSession, sessionKey, type Session } from './session';

type Access = { hash: PasswordHash; key: Buffer; revoked: Map<string, number> };

const symbol = Symbol.for('sendhelp.insights');
type Global = typeof globalThis & { [symbol]?: Promise<Access> };

/** Whether /insights exists: only when INSIGHTS_PASSWORD is set. */
export function insightsEnabled(): boolean {
  return env.INSIGHTS_PASSWORD !== undefined;
}

function access(): Promise<Access> | undefined {
  const setting = env.INSIGHTS_PASSWORD;
  if (setting === undefined) {
    return undefined;
  }
  const global = globalThis as Global;
  global[symbol] ??= passwordHash(setting).then((hash) => ({ hash, key: sessionKey(hash.hash), revoked: new Map() }));
  return global[symbol];
}

export type SignedIn = { session: Session; key: Buffer };

export async function currentSession(cookie: string | undefined, now = Date.now()): Promise<SignedIn | undefined> {
  const a = await access();
  if (!a) {
    return undefined;
  }
  const session = readSession(a.key, cookie, now, a.revoked);
  return session ? { session, key: a.key } : undefined;
}

export type SignInResult =
  | { ok: true; cookie: string; expires: number }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'limited'; retryAfterSeconds: number };

export async function signIn(password: string, client: string | undefined, now = Date.now()): Promise<SignInResult> {
  const a = await access();
  if (!a) {
    return { ok: false, reason: 'wrong' };
  }
  const { signIn: perClient, signInAll } = guards();
  for (const verdict of [perClient.take(client ?? 'unknown', now), signInAll.take('all', now)]) {
    if (!verdict.allowed) {
      return { ok: false, reason: 'limited', retryAfterSeconds: verdict.retryAfterSeconds };
    }
  }
  if (!(await verifyPassword(password, a.hash))) {
    return { ok: false, reason: 'wrong' };
  }
  const { value, session } = createSession(a.key, now);
  return { ok: true, cookie: value, expires: session.expires };
}

export async function signOut(session: Session, now = Date.now()): Promise<void> {
  const a = await access();
  if (!a) {
    return;
  }
  for (const [id, expires] of a.revoked) {
    if (expires <= now) {
      a.revoked.delete(id);
    }
  }
  a.revoked.set(session.id, session.expires);
}
