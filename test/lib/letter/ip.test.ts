import { expect, test } from 'vitest';

import { checkPublicIp } from '@/lib/letter/ip';

test.for([
  { ip: '81.2.69.160', normalised: '81.2.69.160' },
  { ip: ' 8.8.8.8 ', normalised: '8.8.8.8' },
  { ip: '2a02:8010::1', normalised: '2a02:8010:0:0:0:0:0:1' },
  { ip: '2A00:1450:4013:C07::1B', normalised: '2a00:1450:4013:c07:0:0:0:1b' },
  { ip: '::ffff:81.2.69.160', normalised: '81.2.69.160' },
])('$ip is a public address', ({ ip, normalised }) => {
  expect(checkPublicIp(ip)).toMatchObject({ ok: true, normalised });
});

test.for([
  { ip: '10.1.2.3', reason: /private address \(10\.0\.0\.0\/8\)/ },
  { ip: '172.20.0.5', reason: /private address \(172\.16\.0\.0\/12\)/ },
  { ip: '172.32.0.5', reason: undefined },
  { ip: '192.168.1.10', reason: /private address \(192\.168/ },
  { ip: '100.64.3.4', reason: /shared address \(100\.64\.0\.0\/10, carrier-grade NAT\)/ },
  { ip: '100.128.0.1', reason: undefined },
  { ip: '127.0.0.1', reason: /loopback/ },
  { ip: '169.254.10.20', reason: /link-local/ },
  { ip: '192.0.2.10', reason: /documentation address \(192\.0\.2\.0\/24\)/ },
  { ip: '198.51.100.7', reason: /documentation/ },
  { ip: '203.0.113.9', reason: /documentation/ },
  { ip: '224.0.0.1', reason: /multicast/ },
  { ip: '255.255.255.255', reason: /reserved/ },
  { ip: '::1', reason: /loopback/ },
  { ip: '::', reason: /unspecified/ },
  { ip: 'fe80::1', reason: /link-local/ },
  { ip: 'fd12:3456::1', reason: /unique local/ },
  { ip: '2001:db8::25', reason: /documentation address \(2001:db8::\/32\)/ },
  { ip: '::ffff:192.168.0.1', reason: /private/ },
  { ip: '256.1.1.1', reason: /not an IP address/ },
  { ip: '1.2.3', reason: /not an IP address/ },
  { ip: '01.2.3.4', reason: /not an IP address/ },
  { ip: '2001:db8::1::2', reason: /not an IP address/ },
  { ip: 'mail.example.com', reason: /not an IP address/ },
  { ip: '1:2:3:4:5:6:7:8:9', reason: /not an IP address/ },
])('$ip is refused with the reason', ({ ip, reason }) => {
  const result = checkPublicIp(ip);
  if (reason === undefined) {
    expect(result.ok).toBe(true);
  } else {
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
  }
});
