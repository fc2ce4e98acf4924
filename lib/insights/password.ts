// The insights password: scrypt, in memory only as a hash. INSIGHTS_PASSWORD holds either the
// password (hashed at start with a fixed salt, so every instance derives the same session key) or
// a hash from `npm run insights:hash` ("scrypt$N$r$p$salt$hash", base64url), so that the password
// itself need not be in the environment at all.
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export type PasswordHash = { N: number; r: number; p: number; salt: Buffer; hash: Buffer };

const defaults = { N: 2 ** 15, r: 8, p: 1 };
const keyLength = 32;
/** For a password given in the clear: fixed, so that instances agree (the hash never leaves memory). */
const fixedSalt = createHash('sha256').update('sendhelp insights password').digest();

function derive(password: string, salt: Buffer, options: Omit<PasswordHash, 'salt' | 'hash'>): Promise<Buffer> {
  const scryptOptions: ScryptOptions = { ...options, maxmem: 256 * options.N * options.r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLength, scryptOptions, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string, salt: Buffer = randomBytes(16)): Promise<string> {
  const hash = await derive(password, salt, defaults);
  return ['scrypt', defaults.N, defaults.r, defaults.p, salt.toString('base64url'), hash.toString('base64url')].join(
    '$',
  );
}

/** Reads INSIGHTS_PASSWORD: a stored hash as it is, a password hashed now. */
export async function passwordHash(setting: string): Promise<PasswordHash> {
  const parts = setting.split('$');
  if (parts[0] === 'scrypt') {
    const [, N, r, p, salt, hash] = parts;
    const parsed = {
      N: Number(N),
      r: Number(r),
      p: Number(p),
      salt: Buffer.from(salt ?? '', 'base64url'),
      hash: Buffer.from(hash ?? '', 'base64url'),
    };
    if (
      parts.length !== 6 ||
      ![parsed.N, parsed.r, parsed.p].every((v) => Number.isInteger(v) && v > 0) ||
      parsed.hash.length !== keyLength ||
      parsed.salt.length < 8
    ) {
      throw new Error('INSIGHTS_PASSWORD looks like a hash but is not one from `npm run insights:hash`');
    }
    return parsed;
  }
  return { ...defaults, salt: fixedSalt, hash: await derive(setting, fixedSalt, defaults) };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  if (password.length === 0 || password.length > 1024) {
    return false;
  }
  const attempt = await derive(password, stored.salt, stored);
  return timingSafeEqual(attempt, stored.hash);
}
