// The assistant on the real tree, ISP directory and ESP config: every situation it must solve.
import { beforeAll, expect, test } from 'vitest';

import { loadLibrary, type Library } from '@/lib/content/library';
import type { TreeContext } from '@/lib/troubleshoot/derive';
import { answeredSteps, walk, type Walk } from '@/lib/troubleshoot/engine';
import type { Facts } from '@/lib/vocabulary/facts';

let library: Library;
let context: TreeContext;

beforeAll(async () => {
  library = await loadLibrary();
  context = { isps: new Map(library.isps.map((i) => [i.slug, i])), config: library.config };
});

const where = (w: Walk) => (w.kind === 'outcome' ? `outcome ${w.answer}` : `question ${w.id}`);

const situations: Array<{ name: string; facts: Facts; expected: string }> = [
  {
    name: 'a mail program on a blocking ISP using port 25',
    facts: {
      sender: 'program',
      client: 'thunderbird',
      isp: 'comcast-xfinity',
      connection: 'cable',
      symptom: 'timeout',
      port: '25',
    },
    expected: 'outcome use-587',
  },
  {
    name: 'a mail program that does not know its port',
    facts: { sender: 'program', client: 'outlook-classic', symptom: 'cannot-send', port: 'unknown' },
    expected: 'outcome use-587',
  },
  {
    name: 'port 25 refused outright',
    facts: { sender: 'program', client: 'apple-mail', symptom: 'refused', port: '25' },
    expected: 'outcome use-587',
  },
  {
    name: '587 with STARTTLS blocked too',
    facts: { sender: 'program', client: 'outlook-classic', symptom: 'timeout', port: '587', tls: 'starttls' },
    expected: 'outcome use-465',
  },
  {
    name: '465 with SSL/TLS blocked as well',
    facts: { sender: 'program', client: 'thunderbird', symptom: 'timeout', port: '465', tls: 'ssl' },
    expected: 'outcome use-2525',
  },
  {
    name: '2525 blocked too: test the network',
    facts: { sender: 'program', client: 'thunderbird', symptom: 'timeout', port: '2525', tls: 'starttls' },
    expected: 'question os',
  },
  {
    name: 'SSL/TLS set on port 587',
    facts: { sender: 'program', client: 'thunderbird', symptom: 'timeout', port: '587', tls: 'ssl' },
    expected: 'outcome fix-tls-mode',
  },
  {
    name: 'STARTTLS set on port 465',
    facts: { sender: 'program', client: 'samsung-email', symptom: 'timeout', port: '465', tls: 'starttls' },
    expected: 'outcome fix-tls-mode',
  },
  {
    name: 'no encryption on port 587',
    facts: { sender: 'program', client: 'ios-mail', symptom: 'cannot-send', port: '587', tls: 'none' },
    expected: 'outcome fix-tls-mode',
  },
  {
    name: 'authentication not turned on (relay denied)',
    facts: { sender: 'program', client: 'ios-mail', symptom: 'relay-denied', auth: 'no' },
    expected: 'outcome turn-on-auth',
  },
  {
    name: 'a wrong password',
    facts: { sender: 'program', client: 'outlook-classic', symptom: 'auth-error' },
    expected: 'outcome wrong-password',
  },
  {
    name: 'an app relaying through us on port 25 that can use another port with sign-in',
    facts: { sender: 'app', symptom: 'timeout', port: '25', smarthost: 'yes' },
    expected: 'outcome app-use-587',
  },
  {
    name: 'a scanner that can only send plain SMTP on port 25',
    facts: { sender: 'app', symptom: 'timeout', port: '25', smarthost: 'no' },
    expected: 'outcome old-device-relay',
  },
  {
    name: 'Windows Mail, whatever the symptom',
    facts: { sender: 'program', client: 'windows-mail' },
    expected: 'outcome windows-mail-retired',
  },
  {
    name: 'a device refused by Microsoft 365 with 5.7.30',
    facts: { sender: 'app', symptom: 'm365-auth' },
    expected: 'outcome m365-smtp-auth',
  },
  {
    name: 'a refusal from our own side (suspended, limit, sender not allowed)',
    facts: { sender: 'program', client: 'thunderbird', symptom: 'esp-refusal' },
    expected: 'outcome esp-refusal',
  },
  {
    name: 'relay denied with sign-in on, on a submission port',
    facts: { sender: 'program', client: 'thunderbird', symptom: 'relay-denied', auth: 'yes', port: '587' },
    expected: 'outcome esp-refusal',
  },
  {
    name: 'relay denied with sign-in on, on port 25, on one network only',
    facts: {
      sender: 'program',
      client: 'thunderbird',
      symptom: 'relay-denied',
      auth: 'yes',
      port: '25',
      'one-network': 'yes',
    },
    expected: 'outcome isp-interception',
  },
  {
    name: 'an app at a cloud host whose submission port times out',
    facts: { sender: 'app', symptom: 'timeout', port: '587', tls: 'starttls', hosted: 'yes' },
    expected: 'outcome cloud-submission-blocked',
  },
  {
    name: 'works elsewhere on 587 with a VPN on',
    facts: { sender: 'program', client: 'thunderbird', symptom: 'works-elsewhere', port: '587', vpn: 'yes' },
    expected: 'outcome vpn',
  },
  {
    name: 'an on-site server relaying through us on port 25',
    facts: { sender: 'relay-server', server: 'postfix', symptom: 'queue-deferred', port: '25' },
    expected: 'outcome smart-host',
  },
  {
    name: 'an on-site server relaying without authentication',
    facts: { sender: 'relay-server', server: 'exchange', symptom: 'relay-denied' },
    expected: 'outcome smart-host',
  },
  {
    name: 'a relaying server whose submission port times out',
    facts: { sender: 'relay-server', server: 'exim', symptom: 'timeout', port: '587', tls: 'starttls' },
    expected: 'outcome smart-host',
  },
  {
    name: 'a direct-delivering server on a blocking residential line',
    facts: { sender: 'direct-server', symptom: 'queue-deferred', isp: 'comcast-xfinity', connection: 'cable' },
    expected: 'outcome direct-residential',
  },
  {
    name: 'a direct-delivering server on a static business line whose test times out, that can use a smart host',
    facts: {
      sender: 'direct-server',
      symptom: 'queue-deferred',
      isp: 'other',
      connection: 'business-static',
      os: 'linux',
      t25: 'timeout',
      smarthost: 'yes',
    },
    expected: 'outcome direct-relay',
  },
  {
    name: 'a direct-delivering server on a static business line whose test times out, that can only use port 25',
    facts: {
      sender: 'direct-server',
      symptom: 'queue-deferred',
      isp: 'other',
      connection: 'business-static',
      os: 'linux',
      t25: 'timeout',
      smarthost: 'no',
    },
    expected: 'outcome exception-letter',
  },
  {
    name: 'a direct-delivering server on a cloud host',
    facts: { sender: 'direct-server', symptom: 'timeout', isp: 'amazon-web-services', connection: 'cloud' },
    expected: 'outcome cloud-provider-block',
  },
  {
    name: 'a certificate warning on port 25 (interception)',
    facts: { sender: 'program', client: 'thunderbird', symptom: 'certificate', port: '25' },
    expected: 'outcome isp-interception',
  },
  {
    name: 'a port test greeted by another company',
    facts: {
      sender: 'direct-server',
      symptom: 'queue-deferred',
      isp: 'other',
      connection: 'unknown',
      os: 'linux',
      t25: 'intercepted',
    },
    expected: 'outcome isp-interception',
  },
  {
    name: 'a certificate warning on a submission port',
    facts: { sender: 'program', client: 'apple-mail', symptom: 'certificate', port: '587' },
    expected: 'outcome certificate-mismatch',
  },
  {
    name: 'only one device fails (antivirus or firewall)',
    facts: { sender: 'program', client: 'outlook-classic', symptom: 'one-device' },
    expected: 'outcome antivirus-firewall',
  },
  {
    name: 'works elsewhere while already on 587, no VPN (router or network)',
    facts: { sender: 'program', client: 'thunderbird', symptom: 'works-elsewhere', port: '587', vpn: 'no' },
    expected: 'outcome router-or-network',
  },
  {
    name: 'works elsewhere on port 25',
    facts: { sender: 'program', client: 'thunderbird', symptom: 'works-elsewhere', port: '25' },
    expected: 'outcome use-587',
  },
  {
    name: 'the submission port test times out',
    facts: {
      sender: 'program',
      client: 'thunderbird',
      symptom: 'timeout',
      port: '2525',
      tls: 'starttls',
      os: 'windows',
      t587: 'timeout',
    },
    expected: 'outcome router-or-network',
  },
  {
    name: 'a DNS typo',
    facts: { sender: 'program', client: 'thunderbird', symptom: 'server-not-found' },
    expected: 'outcome dns-typo',
  },
  {
    name: 'a recipient rejects the mail',
    facts: { sender: 'program', client: 'outlook-classic', symptom: 'recipient-bounce' },
    expected: 'outcome recipient-rejection',
  },
  {
    name: 'recipients reject a direct-delivering server',
    facts: { sender: 'direct-server', symptom: 'recipient-bounce' },
    expected: 'outcome rdns-ptr',
  },
  {
    name: 'a reactive block after an abuse notice',
    facts: { sender: 'program', client: 'thunderbird', symptom: 'stopped-recently', abuse: 'yes' },
    expected: 'outcome reactive-block',
  },
  {
    name: 'an ISP that blocks only after abuse, with a notice',
    facts: {
      sender: 'direct-server',
      symptom: 'queue-deferred',
      isp: 'spectrum-charter',
      connection: 'cable',
      abuse: 'yes',
    },
    expected: 'outcome reactive-block',
  },
  {
    name: 'stopped recently without a notice',
    facts: { sender: 'program', client: 'thunderbird', symptom: 'stopped-recently', abuse: 'no', port: '25' },
    expected: 'outcome use-587',
  },
  {
    name: 'unknown ISP and connection: first the system for the test',
    facts: { sender: 'direct-server', symptom: 'queue-deferred', isp: 'other', connection: 'unknown' },
    expected: 'question os',
  },
  {
    name: 'unknown ISP and connection: then the port 25 test',
    facts: { sender: 'direct-server', symptom: 'queue-deferred', isp: 'other', connection: 'unknown', os: 'windows' },
    expected: 'question t25',
  },
  {
    name: 'unknown ISP and connection, port 25 blocked',
    facts: {
      sender: 'direct-server',
      symptom: 'queue-deferred',
      isp: 'other',
      connection: 'unknown',
      os: 'windows',
      t25: 'timeout',
    },
    expected: 'outcome direct-relay',
  },
  {
    name: 'unknown ISP, residential line, port 25 blocked',
    facts: {
      sender: 'direct-server',
      symptom: 'queue-deferred',
      isp: 'other',
      connection: 'fibre',
      os: 'linux',
      t25: 'refused',
    },
    expected: 'outcome direct-residential',
  },
  {
    name: 'unknown ISP and connection, port 25 open',
    facts: {
      sender: 'direct-server',
      symptom: 'queue-deferred',
      isp: 'other',
      connection: 'unknown',
      os: 'mac',
      t25: 'open',
    },
    expected: 'outcome port25-open',
  },
  {
    name: 'an ISP that does not block on this line still gets a test',
    facts: {
      sender: 'direct-server',
      symptom: 'queue-deferred',
      isp: 'centurylink-qwest',
      connection: 'business-static',
    },
    expected: 'question os',
  },
  {
    name: 'new Outlook is not behind the ISP block',
    facts: { sender: 'program', client: 'new-outlook' },
    expected: 'outcome new-outlook',
  },
  {
    name: 'our port answers but sending still fails',
    facts: {
      sender: 'program',
      client: 'thunderbird',
      symptom: 'timeout',
      port: '2525',
      tls: 'starttls',
      os: 'linux',
      t587: 'open',
    },
    expected: 'outcome escalate',
  },
];

test.for(situations)('$name → $expected', ({ facts, expected }) => {
  expect(where(walk(library.tree, facts, context))).toBe(expected);
});

test('relay denied on port 25 with sign-in on is interception at once when the ESP does not take port 25', () => {
  const facts: Facts = { sender: 'program', client: 'thunderbird', symptom: 'relay-denied', auth: 'yes', port: '25' };
  const accepts25 = {
    ...context,
    config: { ...context.config, submission: { ...context.config.submission, port25: true } },
  };
  const refuses25 = {
    ...context,
    config: { ...context.config, submission: { ...context.config.submission, port25: false } },
  };
  expect(where(walk(library.tree, facts, accepts25))).toBe('question one-network');
  expect(where(walk(library.tree, facts, refuses25))).toBe('outcome isp-interception');
});

test('every outcome of the tree is reached by one of the situations above', () => {
  const reached = new Set(situations.map((s) => s.expected.replace('outcome ', '')));
  const outcomes = Object.entries(library.tree.nodes).flatMap(([id, n]) =>
    n.kind === 'outcome' ? [n.answer ?? id] : [],
  );
  expect(outcomes.filter((o) => !reached.has(o))).toEqual([]);
});

test.for([
  { facts: {}, expected: 'question sender' },
  { facts: { sender: 'program' }, expected: 'question client' },
  { facts: { sender: 'relay-server' }, expected: 'question server' },
  { facts: { sender: 'direct-server' }, expected: 'question symptom' },
  { facts: { sender: 'direct-server', symptom: 'timeout' }, expected: 'question isp' },
  { facts: { sender: 'direct-server', symptom: 'timeout', isp: 'other' }, expected: 'question connection' },
  { facts: { sender: 'program', client: 'thunderbird', symptom: 'timeout' }, expected: 'question port' },
  { facts: { sender: 'program', client: 'thunderbird', symptom: 'timeout', port: '587' }, expected: 'question tls' },
  { facts: { sender: 'program', client: 'thunderbird', symptom: 'stopped-recently' }, expected: 'question abuse' },
] satisfies Array<{ facts: Facts; expected: string }>)('$facts asks $expected next', ({ facts, expected }) => {
  expect(where(walk(library.tree, facts, context))).toBe(expected);
});

test('a question whose fact is known is skipped, and the answer is recorded as given', () => {
  const w = walk(library.tree, { symptom: 'timeout', sender: 'program', client: 'thunderbird' }, context);
  expect(answeredSteps(w.steps).map((s) => [s.id, s.value])).toEqual([
    ['sender', 'program'],
    ['client', 'thunderbird'],
    ['symptom', 'timeout'],
  ]);
});

test('options that do not fit the case are hidden, but a link may still set them', () => {
  const forPrograms = walk(library.tree, { sender: 'program', client: 'thunderbird' }, context);
  const forServers = walk(library.tree, { sender: 'direct-server' }, context);
  const ids = (w: Walk) => (w.kind === 'question' ? w.options.map((o) => o.id) : []);
  expect(ids(forPrograms)).toContain('one-device');
  expect(ids(forPrograms)).not.toContain('queue-deferred');
  expect(ids(forServers)).toContain('queue-deferred');
  expect(ids(forServers)).not.toContain('one-device');
  expect(where(walk(library.tree, { sender: 'direct-server', symptom: 'one-device' }, context))).toBe(
    'outcome antivirus-firewall',
  );
});

test('the ISP question lists the whole directory plus "other"', () => {
  const w = walk(library.tree, { sender: 'direct-server', symptom: 'timeout' }, context);
  expect(w.kind === 'question' && w.options.map((o) => o.id)).toEqual(
    expect.arrayContaining(['lime-st-lucia', 'comcast-xfinity', 'other']),
  );
});

test('an ESP without port 465 is sent straight to 2525, and without 2525 to a port test', () => {
  const facts: Facts = { sender: 'program', client: 'thunderbird', symptom: 'timeout', port: '587', tls: 'starttls' };
  const { tlsPort: _tls, ...no465 } = library.config.submission;
  const { alternatePort: _alt, ...neither } = no465;
  expect(where(walk(library.tree, facts, { ...context, config: { ...library.config, submission: no465 } }))).toBe(
    'outcome use-2525',
  );
  expect(where(walk(library.tree, facts, { ...context, config: { ...library.config, submission: neither } }))).toBe(
    'question os',
  );
});
