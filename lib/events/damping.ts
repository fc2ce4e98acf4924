// Repeated votes from one client count once a day. A client is known only by a keyed hash of its
// address under a random salt that lives in this process's memory for one UTC day and is then
// thrown away with every hash made from it: nothing here is ever written anywhere, and yesterday's
// hashes cannot be linked to today's.
import { createHmac, randomBytes } from 'node:crypto';

import { dayOf } from './types';

export class VoteDamper {
  private day = Number.NaN;
  private salt = Buffer.alloc(0);
  private seen = new Set<string>();
  private perClient = new Map<string, number>();

  constructor(
    private readonly now: () => number = () => Date.now(),
    /** Votes and reasons one client may give in a day, over all pages. */
    private readonly maxPerClient = 40,
    /** Hashes kept at most; past it, the day starts afresh (damping is a courtesy, not a guarantee). */
    private readonly maxEntries = 200_000,
  ) {}

  /** Whether this vote counts: the first of its kind for this client and page today, within the daily cap. */
  allow(client: string | undefined, key: string): boolean {
    const today = dayOf(this.now());
    if (today !== this.day || this.seen.size >= this.maxEntries) {
      this.day = today;
      this.salt = randomBytes(32);
      this.seen = new Set();
      this.perClient = new Map();
    }
    if (client === undefined) {
      return true;
    }
    const id = createHmac('sha256', this.salt).update(client).digest('base64url');
    const entry = `${id} ${key}`;
    const given = this.perClient.get(id) ?? 0;
    if (this.seen.has(entry) || given >= this.maxPerClient) {
      return false;
    }
    this.seen.add(entry);
    this.perClient.set(id, given + 1);
    return true;
  }
}
