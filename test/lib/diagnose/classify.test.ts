// How the classifier reads what a text shows: codes first, then error identities, the port and
// host in play, and phrase families; and the headline it gives. Accuracy on the labelled corpus
// is in corpus.test.ts, the rules check in rules.test.ts.
import { beforeAll, expect, test } from 'vitest';

import { loadLibrary } from '@/lib/content/library';
import { classify, compileRules, deliveryTarget, warmUp, type Classifier } from '@/lib/diagnose/classify';
import { factsFromClassification } from '@/lib/diagnose/troubleshoot-link';

import { loadCorpus } from '../../support/corpus';

let classifier: Classifier;

beforeAll(async () => {
  classifier = compileRules((await loadLibrary()).diagnose);
}, 60_000);

const read = (text: string) => classify(text, classifier);

test.for([
  { code: '550 5.1.1 <a@example.org>: Recipient address rejected', diagnosis: 'recipient-problem' },
  { code: '452 4.2.2 Over the limit', diagnosis: 'recipient-problem' },
  { code: '552 5.2.3 Too much', diagnosis: 'message-rejected' },
  { code: 'dsn=5.7.8, status=bounced', diagnosis: 'auth-failed' },
  { code: '550 5.7.25 [192.0.2.1] Rejected', diagnosis: 'rdns-missing' },
  { code: '550 5.7.57 Rejected', diagnosis: 'auth-required' },
  { code: '535 Nope', diagnosis: 'auth-failed' },
])('the code in "$code" alone reads as $diagnosis', ({ code, diagnosis }) => {
  expect(read(code).diagnosis).toBe(diagnosis);
});

test('a version number is not a status code', () => {
  expect(read('PHPMailer 5.2.2 could not send').diagnosis).toBe('unknown');
});

test.for([
  { text: 'socket.error: [Errno 111] Connection refused', diagnosis: 'connection-refused' },
  { text: 'Socket Error # 10061', diagnosis: 'connection-refused' },
  { text: 'System.Net.Sockets.SocketException (10061)', diagnosis: 'connection-refused' },
  { text: 'Error: connect ECONNREFUSED 203.0.113.5:587', diagnosis: 'connection-refused' },
  { text: 'errno: -4078, code: ECONNREFUSED', diagnosis: 'connection-refused' },
  {
    text: 'Errno::ETIMEDOUT: Connection timed out - connect(2) for "smtp.example.net" port 587',
    diagnosis: 'submission-port-blocked',
  },
  { text: 'Error code 0x8007274C sending to smtp.example.net:465', diagnosis: 'submission-port-blocked' },
  { text: 'java.net.UnknownHostException: smtp.example.nett', diagnosis: 'dns-failure' },
  { text: 'socket.gaierror: [Errno -2] Name or service not known', diagnosis: 'dns-failure' },
  { text: 'javax.net.ssl.SSLHandshakeException: PKIX path building failed', diagnosis: 'tls-failure' },
])('a refusal is a refusal and a timeout a timeout, whatever writes it: $text', ({ text, diagnosis }) => {
  expect(read(text).diagnosis).toBe(diagnosis);
});

test('0x800CCC92 is Outlook’s POP3 (incoming) password error, not an SMTP sign-in', () => {
  const r = read(
    "Receiving reported error (0x800CCC92) : 'Your e-mail server rejected your login. Verify your user name and password for this account in Account Settings.'",
  );
  expect(r).toMatchObject({
    diagnosis: 'unknown',
    alternatives: [],
    title: 'This error is about receiving mail, not sending',
  });
});

test("Microsoft 365 refusing Basic authentication reads as a sign-in problem with the way out: the tree's Microsoft 365 branch", () => {
  const r = read('550 5.7.30 Basic authentication is not supported for Client Submission');
  expect(r.diagnosis).toBe('auth-failed');
  expect(r.title).toBe('The provider no longer accepts your password for sending');
  expect(r.explain).toMatch(/An administrator can turn either back on/);
  expect(r.implied.symptom).toBe('m365-auth');
  expect(r.article).toBe('errors-that-are-not-a-port-block#microsoft-365-basic-auth-5730');
  expect(r.explain).toMatch(/our relay/);
});

test('Microsoft 365 with SMTP AUTH off for the tenant (5.7.139) leads to the same way out', () => {
  const r = read('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.');
  expect(r.diagnosis).toBe('auth-failed');
  expect(r.title).toBe('The provider no longer accepts your password for sending');
  expect(r.implied.symptom).toBe('m365-auth');
});

test.for([
  'telnet smtp.web.de 587\nTrying 212.227.17.190...\nConnected to smtp.web.de.\n220 web.de (mrweb105) Nemesis ESMTP Service ready',
  'telnet smtp.sfr.fr 587\n220 msfrf2314.sfr.fr ESMTP',
  'telnet mail.gmx.net 587\n220 gmx.net (mrgmx005) Nemesis ESMTP Service ready',
  'telnet mail.gmx.de 587\n220 gmx.net (mrgmx005) Nemesis ESMTP Service ready',
  'telnet smtp.gmail.com 587\nConnected to gmail-smtp-msa.l.google.com.\n220 smtp.gmail.com ESMTP ready',
])('a greeting from the organisation that was tested is no interception: %s', (text) => {
  const r = read(text);
  expect(r.diagnosis).toBe('unknown');
  expect(r.title).toBe('This connection worked');
});

test('a greeting from another organisation is interception', () => {
  expect(read('telnet smtp.example.net 25\n220 relay.isp.example.com ESMTP').diagnosis).toBe('isp-interception');
});

test('the greeting check reads a mail library’s debug log too', () => {
  const log = (greeting: string) =>
    `2016-11-01 00:57:17\tConnection: opening to smtp.example.net:587, timeout=300\n2016-11-01 00:57:17\tSERVER -> CLIENT: ${greeting}\n2016-11-01 00:57:18\tCLIENT -> SERVER: EHLO example.org`;
  expect(read(log('220-host.webhost.example.com ESMTP Exim 4.87')).diagnosis).toBe('isp-interception');
  expect(read(log('220 smtp.example.net ESMTP')).diagnosis).toBe('unknown');
});

test('the answer to STARTTLS is no greeting from another server', () => {
  const r = read('telnet smtp.example.net 587\n220 smtp.example.net ESMTP\nSTARTTLS\n220 2.0.0 Ready to start TLS');
  expect(r.diagnosis).toBe('unknown');
});

test('an Outlook error that names no port headlines what it shows, then asks for the port', () => {
  const r = read(
    "Task 'smtp.example.net - Sending' reported error (0x800CCC0E) : 'Outlook cannot connect to your outgoing (SMTP) e-mail server.'",
  );
  expect(r.title).toBe('The connection to the mail server never opened');
  expect(r.title).not.toMatch(/25/);
  expect(r.explain).not.toMatch(/^The connection to port 25/);
  expect(r.question).toMatch(/Which port/);
  expect(r.alternatives).toContain('submission-port-blocked');
  expect(r.implied.port).toBeUndefined();
});

test('with its port named, the same error is a port block on that port', () => {
  const r = read(
    'Error (0x800CCC0E): Outlook cannot connect to your outgoing (SMTP) e-mail server. Port: 25, Secure(SSL): No',
  );
  expect(r).toMatchObject({ diagnosis: 'port25-blocked', title: 'Outgoing port 25 is blocked on this network' });
  expect(r.implied.port).toBe('25');
});

test('a recipient’s MX host means port 25, with no port in the text', () => {
  expect(read('connect to alt1.gmail-smtp-in.l.google.com[142.250.1.26]: Connection timed out').diagnosis).toBe(
    'port25-blocked',
  );
});

test('a timeout on a port mail is not sent on is not a mail port block', () => {
  const r = read('curl: (28) Failed to connect to api.example.org port 443 after 21000 ms: Connection timed out');
  expect(r.diagnosis).toBe('unknown');
  expect(r.title).toBe('This connection was not to a mail-sending port');
});

test('a refusal from this computer itself is no provider’s block', () => {
  const r = read('Error: connect ECONNREFUSED 127.0.0.1:1025');
  expect(r).toMatchObject({
    diagnosis: 'connection-refused',
    alternatives: [],
    title: 'Nothing is listening on this computer',
  });
});

test('a log line from a host called localhost is not a connection to this computer', () => {
  expect(
    read('Jul 9 23:33:54 localhost postfix/smtp[10173]: connect to mx.example.org[192.0.2.7]:25: Connection timed out')
      .diagnosis,
  ).toBe('port25-blocked');
});

test('where one reply wraps another, the inner one decides', () => {
  expect(
    read(
      'The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail',
    ).diagnosis,
  ).toBe('auth-required');
  expect(read('451 4.3.0 Temporary failure, server said: 550 5.1.1 <a@example.org> User unknown').diagnosis).toBe(
    'recipient-problem',
  );
});

test('a server that answered rules out a connection that never opened', () => {
  expect(
    read(
      '<a@example.org>: host mx.example.org[192.0.2.7] said: 421 4.7.0 Try again later, closing connection. (in reply to MAIL FROM command)',
    ).diagnosis,
  ).not.toBe('port25-blocked');
});

test('0x8004210B written with a multiplication sign is the same code', () => {
  const plain = read('Send reported error (0x8004210B): The operation timed out waiting for a response');
  const times = read('Send reported error (0×8004210B): The operation timed out waiting for a response');
  expect({ ...times, evidence: [], facts: {} }).toEqual({ ...plain, evidence: [], facts: {} });
});

test('evidence points into the original text, however its spaces and lines were written', () => {
  const text = 'status=deferred (connect to mx.example.org[192.0.2.7]:25: Connection\n      timed   out)';
  const r = read(text);
  expect(r.diagnosis).toBe('port25-blocked');
  for (const e of r.evidence) {
    expect(text.slice(e.start, e.end)).toBe(e.match);
  }
  expect(r.evidence.some((e) => e.match.startsWith('Connection\n      timed'))).toBe(true);
});

test('the same words in Spanish, French, German and Portuguese read the same', () => {
  expect(
    [
      'No se puede autenticar en el servidor de salida',
      'Erreur SMTP : échec de l’authentification.',
      'SMTP-Fehler: Authentifizierung fehlgeschlagen.',
      'Erro de SMTP: Não foi possível autenticar.',
    ].map((t) => read(t).diagnosis),
  ).toEqual(['auth-failed', 'auth-failed', 'auth-failed', 'auth-failed']);
});

test('a relay word with a refusal word is a missing sign-in, in any order of words', () => {
  expect(read('554 5.7.1 <a@example.org>: Relay access denied').diagnosis).toBe('auth-required');
  expect(read('550 We do not relay for example.org').diagnosis).toBe('auth-required');
});

test("a pasted text says what happened, but the customer's own answers about their setup stand", () => {
  const result = read("smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted')");
  expect(result.implied.sender).toBe('app');
  const ispSlugs = new Set<string>();
  expect(
    factsFromClassification(result, { sender: 'program', client: 'thunderbird', symptom: 'timeout' }, ispSlugs),
  ).toEqual({
    sender: 'program',
    client: 'thunderbird',
    symptom: 'auth-error',
    diagnosis: 'auth-failed',
  });
  expect(factsFromClassification(result, {}, ispSlugs)).toMatchObject({ sender: 'app', diagnosis: 'auth-failed' });
});

// Alternatives are what the evidence itself leaves open, each with the question that decides.
test('a refusal leaves open a filter on the way, and asks about another network', () => {
  const r = read('Error: connect ECONNREFUSED 203.0.113.5:587');
  expect(r.diagnosis).toBe('connection-refused');
  expect(r.alternatives).toEqual(['submission-port-blocked']);
  expect(r.question).toMatch(/another network/);
  expect(r.confidence).toBeLessThanOrEqual(0.6);
});

test('a refusal from a server on the local network leaves no provider’s block open', () => {
  const r = read('Error: connect ECONNREFUSED 192.168.1.20:25');
  expect(r.diagnosis).toBe('connection-refused');
  expect(r.alternatives).toEqual([]);
});

test('a dropped connection leaves open the encryption setting and the sign-in, and asks about both', () => {
  const r = read('SMTPServerDisconnected: Connection unexpectedly closed (smtp.example.net port 587)');
  expect(r.alternatives).toEqual(expect.arrayContaining(['tls-failure', 'auth-required']));
  expect(r.question).toMatch(/encryption setting[^?]*sign in/);
});

test('a certificate for another host leaves open something in the middle answering with its own', () => {
  const r = read(
    "Error: Hostname/IP does not match certificate's altnames: Host: smtp.example.net. is not in the cert's altnames: DNS:*.filter.example.com",
  );
  expect(r.diagnosis).toBe('tls-failure');
  expect(r.alternatives).toEqual(['isp-interception']);
  expect(r.question).toMatch(/Whose name does the certificate carry/);
});

test('a bounce’s failed connection may be the recipient’s server: asked, and no submission port is offered', () => {
  const r = read('Diagnostic-Code: smtp; 451 4.4.1 No answer from host mx.example.org: Connection timed out');
  expect(r.diagnosis).toBe('port25-blocked');
  expect(r.alternatives).toEqual(['recipient-problem']);
  expect(r.question).toMatch(/other domains/);
});

test('a bare reply code leaves open every refusal it is used for, a missing reverse DNS among them', () => {
  const r = read('550 Command Rejected');
  expect(r.diagnosis).toBe('unknown');
  expect(r.alternatives).toEqual(
    expect.arrayContaining(['recipient-problem', 'message-rejected', 'ip-blocklisted', 'rdns-missing']),
  );
});

test('a bare "timed out" leaves open a wait for a greeting, where the port may be one for SSL/TLS', () => {
  expect(read('smtplib: timed out').alternatives).toContain('tls-failure');
  expect(read('smtp.example.net:465 timed out').alternatives).toContain('tls-failure');
  // On 25 or 587 the greeting comes whatever the program's encryption setting.
  expect(read('mx.example.org:25 timed out').alternatives).not.toContain('tls-failure');
  expect(read('smtp.example.net:587 timed out').alternatives).not.toContain('tls-failure');
});

test('a could-not-connect that says no reason leaves a failed handshake open beside a refusal', () => {
  const r = read('A stable connection to the server could not be established');
  expect(r.alternatives).toEqual(expect.arrayContaining(['connection-refused', 'tls-failure']));
});

test('an EHLO answer without STARTTLS, in a session with no error, leaves interception open', () => {
  const session = '220 mail.example.net ESMTP\nEHLO me\n250-mail.example.net\n250-SIZE 20000000\n250-8BITMIME\n250 OK';
  const r = read(session);
  expect(r).toMatchObject({ diagnosis: 'unknown', alternatives: ['isp-interception'] });
  expect(r.question).toMatch(/STARTTLS/);
  // Offered STARTTLS, or already encrypted (after STARTTLS, or on 465), it is an ordinary server.
  expect(read(session.replace('250-8BITMIME', '250-STARTTLS')).alternatives).toEqual([]);
  expect(read(`openssl s_client -connect mail.example.net:465 -crlf\n${session}`).alternatives).toEqual([]);
});

test('a reply in which a server reports its own failed name lookup is no answer from the server it tried', () => {
  const r = read('550 Failed to resolve IP address for mx.example.org: DNS server returned general failure');
  expect(r.diagnosis).toBe('dns-failure');
  // A server that refuses a sender's domain it could not find did answer.
  expect(read('450 4.1.8 <a@example.org>: Sender address rejected: Domain not found').diagnosis).toBe(
    'message-rejected',
  );
});

test('a queue that gave up says so, offers what usually lies behind it and asks for the earlier attempts', () => {
  const r = read('<someone@example.org>: Envelope expired');
  expect(r).toMatchObject({
    diagnosis: 'unknown',
    alternatives: ['port25-blocked', 'recipient-problem'],
    title: 'The mail server gave up retrying this message',
  });
  expect(r.question).toMatch(/earlier attempts/);
  // With the last attempt's error in the text, that error decides.
  expect(
    read('554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>').diagnosis,
  ).toBe('port25-blocked');
});

test('decisive evidence offers nothing else and says it is sure', () => {
  const r = read('535 5.7.8 Authentication credentials invalid');
  expect(r).toMatchObject({ diagnosis: 'auth-failed', alternatives: [] });
  expect(r.confidence).toBeGreaterThan(0.75);
});

// The recipient's server a text shows: a logged connection on 25 to a host that is no submission
// host, the ESP's, this computer's or a local network's; or a host named as MX hosts are.
test.for([
  {
    text: 'postfix/smtp[9]: connect to mx.example.org[198.51.100.7]:25: Connection timed out',
    host: 'mx.example.org',
    logged: true,
  },
  { text: 'H=mail.example.de [198.51.100.7] Connection timed out', host: 'mail.example.de', logged: true },
  { text: 'dial tcp 142.251.8.26:25: i/o timeout', host: '142.251.8.26', logged: true },
  {
    text: 'stat=Deferred: Connection timed out with aspmx2.googlemail.com.',
    host: 'aspmx2.googlemail.com',
    logged: false,
  },
  { text: 'connect to smtp.example.net[198.51.100.7]:25: Connection refused' },
  { text: 'connect to mail.example.org[198.51.100.7]:587: Connection refused' },
  { text: 'dial tcp 127.0.0.1:25: connect: connection refused' },
  { text: 'dial tcp 192.168.1.20:25: i/o timeout' },
  { text: 'Failed to connect to mail.example.org:25' },
])('"$text" shows the recipient server $host', ({ text, host, logged }) => {
  expect(deliveryTarget(text, classifier)).toEqual(host === undefined ? undefined : { host, logged });
});

test('a classifier readied as the server readies it reads every labelled text as before', async () => {
  const readied = warmUp(compileRules((await loadLibrary()).diagnose));
  for (const { text } of loadCorpus()) {
    expect(classify(text, readied)).toEqual(classify(text, classifier));
    // Another encoding of the same text (one character beyond Latin-1) reads the same either way.
    expect(classify(`${text} \u2026`, readied)).toEqual(classify(`${text} \u2026`, classifier));
  }
}, 60_000);
