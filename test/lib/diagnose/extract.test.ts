import { expect, test } from 'vitest';

import { extractFacts } from '@/lib/diagnose/extract';
import { findGreetingMismatch, organisation } from '@/lib/diagnose/greeting';

test('reads ports from every way tools write them, and not from clock times', () => {
  const text = [
    'May 24 09:42:44 mail postfix/smtp[5]: connect to gmail-smtp-in.l.google.com[2607:f8b0::1b]:25: Connection timed out',
    'Error: connect ETIMEDOUT 52.98.16.210:465',
    "Couldn't connect to host, port: mail.xyz.de, 587; timeout 10000",
    'WARNING: TCP connect to (192.0.2.10 : 2525) failed',
    'telnet smtp.example.net 26',
  ].join('\n');
  expect([...extractFacts(text).ports].sort((a, b) => a - b)).toEqual([25, 26, 465, 587, 2525]);
  expect(extractFacts('Mar  7 04:53:31 host').ports).toEqual([]);
});

test('reads codes, errors and addresses', () => {
  const facts = extractFacts(
    [
      "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted')",
      'Error Number: 0x800CCC0E',
      'socket.error: [Errno 10060]',
      'Error: connect ECONNREFUSED 192.168.0.16:9990',
      'host mx.example.org[2001:db8::25] said: 550-5.7.1 blocked',
    ].join('\n'),
  );
  expect(facts.replyCodes).toEqual(['535', '550']);
  expect(facts.enhancedCodes).toEqual(['5.7.8', '5.7.1']);
  expect(facts.programCodes).toEqual(['0x800CCC0E']);
  expect(facts.osErrors.map((e) => e.name)).toEqual(['ECONNREFUSED', 'WSAETIMEDOUT']);
  expect(facts.ips).toEqual(['192.168.0.16', '2001:db8::25']);
  expect(facts.hosts).toContain('mx.example.org');
});

test('file names in stack traces are not servers', () => {
  expect(extractFacts('at TCPConnectWrap.afterConnect (net.js:1141:16)\n  File "socket.py", line 575').hosts).toEqual(
    [],
  );
});

test.for([
  { host: 'gmail-smtp-in.l.google.com', org: 'google.com' },
  { host: 'smtp.example.co.uk', org: 'example.co.uk' },
  { host: 'mx.example.net.', org: 'example.net' },
  // Short second-level names are registrable domains, not suffixes (the Public Suffix List knows).
  { host: 'smtp.web.de', org: 'web.de' },
  { host: 'smtp.sfr.fr', org: 'sfr.fr' },
  { host: 'mail.gmx.de', org: 'gmx.de' },
  { host: 'smtp.example.com.au', org: 'example.com.au' },
  { host: '192.0.2.10', org: undefined },
])('$host belongs to $org', ({ host, org }) => {
  expect(organisation(host)).toBe(org);
});

test('domains one operator runs count as one organisation', () => {
  const groups = new Map([
    ['gmx.net', 0],
    ['gmx.de', 0],
  ]);
  expect(organisation('mail.gmx.de', groups)).toBe(organisation('gmx.net', groups));
});

test('a greeting from another organisation than the one tested is a mismatch; the same one is not', () => {
  expect(
    findGreetingMismatch('telnet smtp.web.de 587\n220 web.de (mrweb105) Nemesis ESMTP Service ready'),
  ).toBeUndefined();
  expect(findGreetingMismatch('telnet smtp.example.net 25\n220 relay.isp.example.com ESMTP')).toMatchObject({
    target: 'smtp.example.net',
    greeting: 'relay.isp.example.com',
  });
  expect(
    findGreetingMismatch(
      'telnet smtp.gmail.com 25\nConnected to gmail-smtp-msa.l.google.com.\n220 mx.google.com ESMTP',
    ),
  ).toBeUndefined();
});
