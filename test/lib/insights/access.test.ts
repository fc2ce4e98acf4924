import { randomBytes } from 'node:crypto';

import { expect, test } from 'vitest';

import { clientHeader as appHeader } from '@/lib/events/guards';
import { hashPassword, passwordHash, verifyPassword } from '@/lib/insights/password';
import { checkFormToken, createSession, formToken, readSession, sessionKey } from '@/lib/insights/session';

import { clientHeader as serverHeader } from '../../../server/events.mjs';

test('a password given in the clear and one given as a hash both check out, and nothing else does', async () => {
  const plain = await passwordHash('correct-horse-battery');
  expect(await verifyPassword('correct-horse-battery', plain)).toBe(true);
  expect(await verifyPassword('correct-horse-batterY', plain)).toBe(false);
  expect(await verifyPassword('', plain)).toBe(false);
  const stored = await passwordHash(await hashPassword('correct-horse-battery'));
  expect(await verifyPassword('correct-horse-battery', stored)).toBe(true);
  expect(await verifyPassword('wrong', stored)).toBe(false);
  await expect(passwordHash('scrypt$1$2$3$abc')).rejects.toThrow(/not one from `npm run insights:hash`/);
}, 60_000);

test('every instance with the same password derives the same session key', async () => {
  const a = await passwordHash('correct-horse-battery');
  const b = await passwordHash('correct-horse-battery');
  expect(sessionKey(a.hash).equals(sessionKey(b.hash))).toBe(true);
}, 30_000);

test('a session cookie is accepted until it expires, unless it was tampered with or signed out', () => {
  const key = randomBytes(32);
  const now = Date.parse('2026-12-07T10:00:00Z');
  const { value, session } = createSession(key, now);
  expect(readSession(key, value, now + 1000, new Set())).toEqual(session);
  expect(readSession(key, value, now + 8 * 3_600_000 + 1, new Set())).toBeUndefined();
  expect(readSession(key, value, now, new Set([session.id]))).toBeUndefined();
  expect(readSession(randomBytes(32), value, now, new Set())).toBeUndefined();
  const [, id, mac] = value.split('.');
  expect(readSession(key, `${now + 10 * 3_600_000}.${id}.${mac}`, now, new Set())).toBeUndefined();
  expect(readSession(key, undefined, now, new Set())).toBeUndefined();
  expect(readSession(key, `${value}.x`, now, new Set())).toBeUndefined();
});

test('the sign-out form token belongs to its session', () => {
  const key = randomBytes(32);
  const { session } = createSession(key, 0);
  const other = createSession(key, 0).session;
  expect(checkFormToken(key, session, formToken(key, session))).toBe(true);
  expect(checkFormToken(key, session, formToken(key, other))).toBe(false);
  expect(checkFormToken(key, session, undefined)).toBe(false);
});

test('the app reads the client header the server writes', () => {
  expect(appHeader).toBe(serverHeader);
});
