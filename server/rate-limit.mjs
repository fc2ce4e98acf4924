// @ts-check
// Rate limiting per client address: a token bucket each, in this process's memory. Several
// instances each keep their own buckets (see the README for a shared store). Pure: time is given.
import ipaddr from 'ipaddr.js';

/**
 * @typedef {object} Limit
 * @property {number} perMinute tokens added per minute
 * @property {number} burst most tokens a bucket holds
 */

export class RateLimiter {
  /** @param {Limit} limit @param {number} [maxClients] buckets kept at most (the oldest go first) */
  constructor(limit, maxClients = 100_000) {
    this.limit = limit;
    this.maxClients = maxClients;
    /** @type {Map<string, { tokens: number, at: number }>} */
    this.buckets = new Map();
  }

  /**
   * Takes one token for `client` at time `now` (ms).
   * @param {string} client
   * @param {number} now
   * @returns {{ allowed: true } | { allowed: false, retryAfterSeconds: number }}
   */
  take(client, now) {
    const rate = this.limit.perMinute / 60_000;
    const old = this.buckets.get(client);
    const tokens = old ? Math.min(this.limit.burst, old.tokens + (now - old.at) * rate) : this.limit.burst;
    this.buckets.delete(client);
    if (tokens < 1) {
      this.buckets.set(client, { tokens, at: now });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / rate / 1000)) };
    }
    this.buckets.set(client, { tokens: tokens - 1, at: now });
    if (this.buckets.size > this.maxClients) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) {
        this.buckets.delete(oldest);
      }
    }
    return { allowed: true };
  }

  /**
   * Takes one token for `client` at time `now` whatever it has left: for work that was done before
   * it could be refused. A bucket owes at most one burst.
   * @param {string} client
   * @param {number} now
   */
  charge(client, now) {
    const rate = this.limit.perMinute / 60_000;
    const old = this.buckets.get(client);
    const tokens = old ? Math.min(this.limit.burst, old.tokens + (now - old.at) * rate) : this.limit.burst;
    this.buckets.delete(client);
    this.buckets.set(client, { tokens: Math.max(-this.limit.burst, tokens - 1), at: now });
  }
}

/**
 * How many new states each client may have rendered (server/routing.mjs): a state Next.js served
 * recently is still in its cache and free; any other takes a token first. A state thought cached
 * that Next.js rendered after all (it had dropped it) is charged afterwards. The states remembered
 * are fewer than Next.js's cache holds (16 MB, about 200 states), so a remembered one is cached.
 */
export class StateBudget {
  /** @param {Limit} limit @param {number} [remembered] */
  constructor(limit, remembered = 64) {
    this.limiter = new RateLimiter(limit);
    this.remembered = remembered;
    /** @type {Set<string>} keys of states served from or put in Next.js's cache, oldest first */
    this.cached = new Set();
  }

  /**
   * Before: may `client` ask for the state `key` now?
   * @param {string} client
   * @param {string} key
   * @param {number} now
   * @returns {{ allowed: true, charged: boolean } | { allowed: false, retryAfterSeconds: number }}
   */
  admit(client, key, now) {
    if (this.cached.has(key)) {
      return { allowed: true, charged: false };
    }
    const verdict = this.limiter.take(client, now);
    return verdict.allowed ? { allowed: true, charged: true } : verdict;
  }

  /**
   * After: what Next.js did with the state ('HIT', 'STALE', 'MISS' or undefined).
   * @param {string} client
   * @param {string} key
   * @param {string | undefined} cache
   * @param {boolean} charged
   * @param {number} now
   */
  settle(client, key, cache, charged, now) {
    if (cache === 'MISS' && !charged) {
      this.limiter.charge(client, now);
    }
    if (cache === 'HIT' || cache === 'STALE' || cache === 'MISS') {
      this.cached.delete(key);
      this.cached.add(key);
      if (this.cached.size > this.remembered) {
        const oldest = this.cached.values().next().value;
        if (oldest !== undefined) {
          this.cached.delete(oldest);
        }
      }
    }
  }
}

/**
 * The address to limit by. Behind `trustedProxies` proxies, the address the nearest of them saw,
 * from X-Forwarded-For; otherwise the connection's. IPv6 addresses count by their /64, which is
 * what one customer gets; IPv4-mapped IPv6 addresses count as IPv4. Parsed by ipaddr.js, as the
 * request form's address check is (lib/letter/ip.ts).
 * @param {string | undefined} remote the socket's address
 * @param {string | ReadonlyArray<string> | undefined} forwardedFor
 * @param {number} trustedProxies
 */
export function clientAddress(remote, forwardedFor, trustedProxies) {
  let address = remote ?? 'unknown';
  if (trustedProxies > 0 && forwardedFor !== undefined) {
    const hops = (typeof forwardedFor === 'string' ? forwardedFor : forwardedFor.join(','))
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
    address = hops[hops.length - trustedProxies] ?? hops[0] ?? address;
  }
  if (!ipaddr.isValid(address)) {
    // Not an address (a proxy that adds ports, say): counted as it is written, within bounds.
    return address.slice(0, 64);
  }
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') {
    return parsed.toString();
  }
  const prefix = /** @type {import('ipaddr.js').IPv6} */ (parsed).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...prefix, 0, 0, 0, 0]).toString()}/64`;
}
