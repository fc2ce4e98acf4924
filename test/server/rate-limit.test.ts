import { expect, test } from 'vitest';

import { clientAddress, RateLimiter } from '@/server/rate-limit.mjs';

test('a client may burst, is then refused with the seconds to wait, and gets tokens back with time', () => {
  const limiter = new RateLimiter({ perMinute: 60, burst: 3 });
  const at = (ms: number) => limiter.take('203.0.113.9', ms);
  expect([at(0), at(0), at(0)]).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
  expect(at(0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  expect(at(500)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  expect(at(1000)).toEqual({ allowed: true });
  expect(limiter.take('198.51.100.7', 1000)).toEqual({ allowed: true });
});

test('a slow limit says how long to wait', () => {
  const limiter = new RateLimiter({ perMinute: 2, burst: 1 });
  expect(limiter.take('x', 0)).toEqual({ allowed: true });
  expect(limiter.take('x', 0)).toEqual({ allowed: false, retryAfterSeconds: 30 });
});

test('it forgets the oldest clients first when it holds too many', () => {
  const limiter = new RateLimiter({ perMinute: 60, burst: 1 }, 2);
  limiter.take('a', 0);
  limiter.take('b', 0);
  limiter.take('c', 0);
  expect([...limiter.buckets.keys()]).toEqual(['b', 'c']);
});

test.for([
  // [socket address, X-Forwarded-For, trusted proxies, the address limited]
  ['203.0.113.9', undefined, 0, '203.0.113.9'],
  ['::ffff:203.0.113.9', undefined, 0, '203.0.113.9'],
  // Without a trusted proxy, X-Forwarded-For is the client's to forge.
  ['203.0.113.9', '198.51.100.1', 0, '203.0.113.9'],
  // Behind one proxy: the address the proxy saw, whatever the client put before it.
  ['10.0.0.2', '198.51.100.1, 203.0.113.9', 1, '203.0.113.9'],
  ['10.0.0.2', '203.0.113.9', 1, '203.0.113.9'],
  ['10.0.0.3', '198.51.100.1, 203.0.113.9, 10.0.0.2', 2, '203.0.113.9'],
  ['10.0.0.2', ['198.51.100.1', '203.0.113.9'], 1, '203.0.113.9'],
  // IPv6 counts by /64, what one customer is given.
  ['2001:db8:abcd:12:1::5', undefined, 0, '2001:db8:abcd:12::/64'],
  ['2001:db8:abcd:12:ffff:1:2:3', undefined, 0, '2001:db8:abcd:12::/64'],
  ['2001:0db8:0000:0012::1', undefined, 0, '2001:db8:0:12::/64'],
  ['2001:db8:abcd:12::1%eth0', undefined, 0, '2001:db8:abcd:12::/64'],
  ['::ffff:cb00:7109', undefined, 0, '203.0.113.9'],
  ['::', undefined, 0, '::/64'],
  // A forged or odd X-Forwarded-For entry is counted as written, within bounds.
  ['10.0.0.2', `${'z'.repeat(100)}`, 1, 'z'.repeat(64)],
  ['10.0.0.2', '203.0.113.9:4711', 1, '203.0.113.9:4711'],
  [undefined, undefined, 0, 'unknown'],
] as const)('%s with X-Forwarded-For %j behind %i proxies is %s', ([remote, forwarded, proxies, expected]) => {
  expect(clientAddress(remote, forwarded, proxies)).toBe(expected);
});
