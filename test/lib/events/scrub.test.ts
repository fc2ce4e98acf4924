import { expect, test } from 'vitest';

import { scrubQuery } from '@/lib/events/scrub';

test.for([
  { typed: '  Outlook   port 587 ', kept: 'outlook port 587' },
  { typed: '550 5.7.1 relay denied', kept: '550 5.7.1 relay denied' },
  { typed: '0x800CCC0E', kept: '0x800ccc0e' },
  { typed: 'bounce from jane.doe@example.com today', kept: 'bounce from today' },
  { typed: 'jane@', kept: '' },
  { typed: 'my ip 203.0.113.45 is blocked', kept: 'my ip is blocked' },
  { typed: 'server 2001:db8::1 refused', kept: 'server refused' },
  { typed: 'fe80::1%eth0 timeout', kept: '%eth0 timeout' },
  { typed: 'call me +1 (555) 010-4477 please', kept: 'call me please' },
  { typed: 'phone 555.010.4477', kept: 'phone' },
  { typed: '07700 900123', kept: '' },
  { typed: 'error 421 at 12:30:45', kept: 'error 421 at' },
  { typed: 'port 25 blocked by comcast since 2009', kept: 'port 25 blocked by comcast since 2009' },
  {
    typed: 'a very long question about why my mail will not send from the office server every morning',
    kept: 'a very long question about why my mail will not send from the of',
  },
])('"$typed" is kept as "$kept"', ({ typed, kept }) => {
  expect(scrubQuery(typed)).toBe(kept);
});

test('an address cut in half by the length limit is still removed', () => {
  const typed = `${'x'.repeat(50)} someone.with.a.long.name@example.com`;
  expect(scrubQuery(typed)).toBe('x'.repeat(50));
});
