import { beforeAll, expect, test } from 'vitest';

import { loadLibrary, type Library } from '@/lib/content/library';
import { parseRequest, prefillFromQuery, shareableQuery, type RawRequest } from '@/lib/letter/form';
import { mailtoLink, maxMailtoLength, renderLetter } from '@/lib/letter/letter';

let library: Library;
let ispSlugs: Set<string>;

beforeAll(async () => {
  library = await loadLibrary();
  ispSlugs = new Set(library.isps.map((i) => i.slug));
});

const valid: RawRequest = {
  business: 'Rodney Bay Marine Supplies Ltd',
  contact: 'Marie Joseph',
  email: 'it@rodneybaymarine.example',
  phone: '+1 758 555 0142',
  account: 'ADSL-204817',
  address: 'Reduit Beach Avenue\nRodney Bay, Gros Islet\nSaint Lucia',
  isp: 'lime-st-lucia',
  ispName: '',
  connection: 'business-static',
  ip: '200.50.63.10',
  hostname: 'mail.rodneybaymarine.example',
  ptr: 'no',
  server: 'exchange',
  serverVersion: '2019',
  volume: '300',
  kinds: ['correspondence', 'transactional'],
  destinations: 'any',
  relayHosts: '',
  assurances: ['no-open-relay', 'authenticated-staff', 'spf-dkim-dmarc'],
  justification:
    'Our Exchange server delivers straight to recipients, and our invoicing appliance can only send plain SMTP on port 25.',
};

function parsed(changes: RawRequest) {
  return parseRequest({ ...valid, ...changes }, ispSlugs);
}

test('a complete request is accepted', () => {
  expect(parsed({})).toMatchObject({ ok: true, needsAcknowledgement: false });
});

test.for([
  { field: 'ip', value: '192.168.1.20', message: /private address/ },
  { field: 'ip', value: '10.0.0.5', message: /private address/ },
  { field: 'ip', value: '100.72.1.9', message: /carrier-grade NAT/ },
  { field: 'ip', value: '127.0.0.1', message: /loopback/ },
  { field: 'ip', value: '169.254.3.3', message: /link-local/ },
  { field: 'ip', value: '192.0.2.44', message: /reserved address \(set aside for examples in documentation/ },
  { field: 'ip', value: '2001:db8::25', message: /documentation range 2001:db8::\/32/ },
  { field: 'ip', value: 'fe80::1', message: /link-local/ },
  { field: 'ip', value: 'my ip', message: /not an IP address/ },
  { field: 'hostname', value: 'mail', message: /full host name, such as mail\.example\.com/ },
  { field: 'hostname', value: '200.50.63.10', message: /full host name/ },
  { field: 'business', value: 'Evil\r\nBcc: victim@example.org', message: /on one line/ },
  { field: 'contact', value: '', message: /Enter the name of the person/ },
  { field: 'email', value: 'not-an-email', message: /Enter an email address/ },
  { field: 'phone', value: 'call me', message: /digits, spaces/ },
  { field: 'justification', value: 'no', message: /at least 20 characters/ },
  { field: 'kinds', value: [], message: /Tick at least one kind of mail/ },
  { field: 'volume', value: 'lots', message: /as a number/ },
  { field: 'connection', value: 'pigeon', message: /Choose the kind of connection/ },
  { field: 'isp', value: 'nowhere-isp', message: /from the list, or "Other"/ },
  { field: 'ispName', value: '', isp: 'other', message: /Enter the name of your internet provider/ },
  { field: 'relayHosts', value: '', destinations: 'relay-hosts', message: /Enter the relay host name/ },
  { field: 'relayHosts', value: 'relay', destinations: 'relay-hosts', message: /full host names/ },
])('refuses $field = $value with a clear message', ({ field, value, message, ...more }) => {
  const result = parsed({ [field]: value, ...more });
  expect(result.ok).toBe(false);
  expect(result.ok ? undefined : result.errors[field]).toMatch(message);
});

test('a home or dynamic line needs the warning acknowledged before the letter', () => {
  expect(parsed({ connection: 'cable' })).toMatchObject({ ok: true, needsAcknowledgement: true });
  expect(parsed({ connection: 'cable', acknowledgeDynamic: 'yes' })).toMatchObject({
    ok: true,
    needsAcknowledgement: false,
  });
  expect(parsed({ connection: 'leased-line' })).toMatchObject({ ok: true, needsAcknowledgement: false });
});

function letterFor(changes: RawRequest) {
  const result = parsed(changes);
  if (!result.ok) {
    throw new Error(JSON.stringify(result.errors));
  }
  const isp = library.isps.find((i) => i.slug === result.request.isp);
  return renderLetter(library.letter, result.request, isp, '28 November 2026');
}

test('the letter fills every placeholder and states only what was asserted', () => {
  const { subject, text } = letterFor({});
  expect(subject).toBe('Request to allow outbound SMTP (TCP port 25) for our mail server at 200.50.63.10');
  expect(text).not.toMatch(/\{\{|\}\}/);
  expect(text).toContain('Dear LIME St. Lucia (now Flow) customer support,');
  expect(text).toContain('Our account number is ADSL-204817.');
  expect(text).toContain(
    'mail.rodneybaymarine.example (Microsoft Exchange Server 2019), on our business broadband (static IP) connection',
  );
  expect(text).toContain(
    'Please also set the reverse DNS (PTR) record of 200.50.63.10 to mail.rodneybaymarine.example, the name',
  );
  expect(text).not.toContain('address record');
  expect(text).toContain('- The server is not an open relay');
  expect(text).not.toContain('acceptable use policy');
  expect(text).not.toContain('monitor the mail queue');
  expect(text).toContain('the submission port 587 (RFC 6409)');
  expect(text).not.toContain('RFC 5068');
  expect(text).toContain(
    'Marie Joseph\nRodney Bay Marine Supplies Ltd\nReduit Beach Avenue\nRodney Bay, Gros Islet\nSaint Lucia',
  );
});

test('optional parts disappear when they were not given', () => {
  const { text } = letterFor({ account: '', assurances: [], ptr: 'yes', phone: '' });
  expect(text).not.toContain('account number');
  expect(text).not.toContain('we confirm that');
  expect(text).toContain('already points to mail.rodneybaymarine.example');
  expect(text).toContain('You can reach me at it@rodneybaymarine.example.');
});

test.for([
  { connection: 'dsl', server: 'postfix', words: '(Postfix 2019), on our DSL or ADSL connection' },
  {
    connection: 'leased-line',
    server: 'other-server',
    words: '(mail server software 2019), on our leased line connection',
  },
  { connection: 'unknown', server: 'hmailserver', words: '(hMailServer 2019), on our internet connection' },
])(
  "the letter names the $connection line and the $server software in the vocabulary's words",
  ({ connection, server, words }) => {
    expect(letterFor({ connection, server, acknowledgeDynamic: 'yes' }).text).toContain(words);
  },
);

test('a narrow request names only the relay hosts', () => {
  const { text } = letterFor({ destinations: 'relay-hosts', relayHosts: 'relay.example.net, relay2.example.net' });
  expect(text).toContain('destination only: relay.example.net and relay2.example.net.');
  expect(text).not.toContain('to any mail server on the internet');
  // It must not contradict itself: a relay-only request is not for a server that delivers mail.
  expect(text).not.toContain('delivers mail itself');
  expect(text).toContain('can only hand its mail to a relay on port 25');
});

test('a direct-delivery request says the server delivers mail itself', () => {
  const { text } = letterFor({ destinations: 'any' });
  expect(text).toContain('delivers mail itself, which is what port 25 is for');
  expect(text).not.toContain('can only hand its mail to a relay');
});

test('an ISP outside the directory gets the generic greeting with its name', () => {
  expect(letterFor({ isp: 'other', ispName: 'Island Wireless' }).text).toContain(
    'Dear Island Wireless customer support,',
  );
});

test('an email link encodes everything, so no answer can add a header, and stays short', () => {
  const letter = {
    subject: 'Hello\r\nBcc: victim@example.org',
    text: 'Line one\r\nCc: x@example.org&bcc=y@example.org?\n\n'.repeat(200),
  };
  const link = mailtoLink('exceptions@isp.example', letter);
  expect(link.startsWith('mailto:exceptions@isp.example?subject=Hello%0D%0ABcc%3A%20victim%40example.org&body=')).toBe(
    true,
  );
  expect(link).not.toMatch(/[\r\n]/);
  expect(link.split('&').length).toBe(2);
  expect(link.length).toBeLessThanOrEqual(maxMailtoLength);
  expect(decodeURIComponent(link.split('&body=')[1] ?? '')).toContain('please paste the full text from the page');
});

test('a shareable link keeps the technical answers and leaves contact details out', () => {
  const query = shareableQuery(valid);
  for (const secret of ['Marie', 'it%40rodneybaymarine', 'ADSL-204817', 'Reduit', '555']) {
    expect(query).not.toContain(secret);
  }
  expect(query).toContain('hostname=mail.rodneybaymarine.example');
  expect(query).toContain('kinds=correspondence&kinds=transactional');
  const params = new URLSearchParams(`${query}&email=spoof%40example.org&contact=Eve`);
  // As Next.js hands a query to a page: a repeated key becomes a list.
  const asNext = Object.fromEntries(
    [...new Set(params.keys())].map((k) => [k, params.getAll(k).length > 1 ? params.getAll(k) : (params.get(k) ?? '')]),
  );
  const back = prefillFromQuery(asNext);
  expect(back.email).toBeUndefined();
  expect(back.contact).toBeUndefined();
  expect(back.kinds).toEqual(['correspondence', 'transactional']);
});
