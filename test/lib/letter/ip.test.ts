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
  {
    ip: '10.1.2.3',
    reason:
      /^That is a private address \(10\.x\.x\.x, 172\.16–31\.x\.x or 192\.168\.x\.x\) used inside your own network/,
  },
  { ip: '172.20.0.5', reason: /private address/ },
  { ip: '172.32.0.5', reason: undefined },
  { ip: '192.168.1.10', reason: /private address/ },
  { ip: '100.64.3.4', reason: /shared address \(100\.64\.0\.0\/10, carrier-grade NAT\)/ },
  { ip: '100.128.0.1', reason: undefined },
  { ip: '127.0.0.1', reason: /loopback/ },
  { ip: '169.254.10.20', reason: /link-local/ },
  { ip: '192.0.2.10', reason: /reserved address \(set aside for examples in documentation/ },
  { ip: '198.51.100.7', reason: /documentation/ },
  { ip: '198.18.0.1', reason: /reserved/ },
  { ip: '203.0.113.9', reason: /documentation/ },
  { ip: '224.0.0.1', reason: /multicast/ },
  { ip: '255.255.255.255', reason: /broadcast/ },
  { ip: '240.1.2.3', reason: /reserved/ },
  { ip: '0.1.2.3', reason: /"this network"/ },
  { ip: '::1', reason: /loopback/ },
  { ip: '::', reason: /unspecified/ },
  { ip: 'fe80::1', reason: /link-local/ },
  { ip: 'fd12:3456::1', reason: /unique local/ },
  { ip: '2001:db8::25', reason: /documentation range 2001:db8::\/32/ },
  { ip: '2002:c000:204::1', reason: /6to4 tunnel/ },
  { ip: '2001:0:4136:e378::1', reason: /Teredo tunnel/ },
  { ip: '64:ff9b::203.0.113.9', reason: /NAT64/ },
  { ip: '4000::1', reason: /not in the range used on the internet \(2000::\/3\)/ },
  { ip: 'fe80::1%eth0', reason: /not an IP address/ },
  { ip: '127.1', reason: /not an IP address/ },
  { ip: '0x7f.0.0.1', reason: /not an IP address/ },
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
