// Per-client limits of this process, shared by every route bundle (so on globalThis): votes are
// damped daily, votes and sign-in attempts are rate limited. Clients are known by the address the
// site's server passes in a header (server/events.mjs); without it (`next start`) nothing is
// limited per client.
import { AttemptLimit } from '../api/attempts';
import { VoteDamper } from './damping';

/** The header server/events.mjs sets (clientHeader there; a test keeps the two the same). */
export const clientHeader = 'x-sendhelp-client';

export type Guards = {
  votes: VoteDamper;
  /** Feedback posts per client: 30 a minute. */
  feedback: AttemptLimit;
  /** Sign-in attempts per client: 5 in 15 minutes. */
  signIn: AttemptLimit;
  /** Sign-in attempts from everyone together: 30 in 15 minutes, against guessing from many addresses. */
  signInAll: AttemptLimit;
};

const key = Symbol.for('sendhelp.guards');
type Global = typeof globalThis & { [key]?: Guards };

export function guards(): Guards {
  const global = globalThis as Global;
  global[key] ??= {
    votes: new VoteDamper(),
    feedback: new AttemptLimit(30, 60_000),
    signIn: new AttemptLimit(5, 15 * 60_000),
    signInAll: new AttemptLimit(30, 15 * 60_000),
  };
  return global[key];
}

export function clientOf(headers: Headers): string | undefined {
  return headers.get(clientHeader) ?? undefined;
}
