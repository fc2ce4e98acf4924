// The classifier on every labelled text it has: the fixture (test/fixtures/diagnose/cases.json)
// and the development corpus (test/fixtures/diagnose/corpus/), with floors per diagnosis and per
// source family. Texts are in two fixed halves: rules are written from "dev" only, and "check"
// shows whether they generalise (npm run report:classify prints both).
import { beforeAll, expect, test } from 'vitest';

import { loadLibrary } from '@/lib/content/library';
import { classify, compileRules, type Classification, type Classifier } from '@/lib/diagnose/classify';
import { diagnosisIds } from '@/lib/vocabulary/diagnoses';

import { loadCorpus, readRight, type LabelledText } from '../../support/corpus';

const texts = loadCorpus();
let classifier: Classifier;
let results: Map<string, Classification>;

beforeAll(async () => {
  classifier = compileRules((await loadLibrary()).diagnose);
  results = new Map(texts.map((t) => [t.id, classify(t.text, classifier)]));
}, 60_000);

const right = (t: LabelledText) => readRight(t, results.get(t.id) ?? { diagnosis: 'unknown', alternatives: [] });
const share = (list: ReadonlyArray<LabelledText>) => list.filter(right).length / Math.max(1, list.length);

/**
 * Texts a reading of the text alone cannot get right, with why. (es-066, an interceptor answering
 * with the real server's name, left the list when an EHLO answer without STARTTLS in a text that
 * shows no encryption came to leave interception open: it is now right through that alternative.
 * add-089, a receiver querying Spamhaus through an open resolver, left it when Spamhaus's own
 * "Error: open resolver" came to be read as the receiver's own failure, which the sender cannot fix.) Each is a known limit, not a test
 * to make pass by special-casing it: the test below fails if one starts to pass, so a rule written
 * for one of them shows (then take it off this list and say why it now reads right).
 */
const hardCases: Record<string, string> = {
  'es-131': 'a timeout through Tor, known only from the SOCKS factory line; the text is a timeout',
  'es-140': 'a generic 0x800CCC0F dialog; only the placeholder subject hints at the size limit',
  'es-159': 'a client library bug reports a connect timeout although the mail was delivered',
  'add-063': 'Exchange queue expiry; the thread traced it to TLS, the text does not say so',
  'add-077': 'a generic 0x8004210B dialog whose cause the thread found in the message, not the network',
};

test('the corpus is large, from many independent sources, and every text says where it is from', () => {
  const corpus = texts.filter((t) => !t.family.startsWith('fixture'));
  expect(texts.length).toBeGreaterThanOrEqual(800);
  expect(new Set(corpus.map((t) => t.family)).size).toBeGreaterThanOrEqual(12);
  expect(texts.filter((t) => t.source.trim().length < 20).map((t) => t.id)).toEqual([]);
  for (const id of diagnosisIds) {
    expect(texts.filter((t) => t.label === id).length, id).toBeGreaterThanOrEqual(15);
  }
});

// fresh9.json, at its first read, lowered these to 90.2%, 94.1% and 83.4% (its ESP refusals of the
// sender and cloud hosts' prose about the block, which the rules had no words for); after the rules
// they showed they read 92.3%, 96.6% and 85.0%. fresh12.json, at its first read, lowered the
// ambiguous share to 83.9% (Postfix's own MTA-STS/DANE deferrals, a receiver's open-resolver
// refusal); after the rules they showed it reads 84.9%.
test('accuracy overall, on unambiguous texts and on ambiguous ones stays above its floor', () => {
  // fresh11.json, at its first read, lowered these to 90.7%, 94.9% and 83.7%; after its rules 92.5%,
  // 96.8% and 85.3%.
  expect(share(texts)).toBeGreaterThanOrEqual(0.91);
  expect(share(texts.filter((t) => !t.ambiguous))).toBeGreaterThanOrEqual(0.95);
  expect(share(texts.filter((t) => t.ambiguous))).toBeGreaterThanOrEqual(0.84);
  // The half no rule was written from: whether the rules generalise.
  expect(share(texts.filter((t) => t.half === 'check'))).toBeGreaterThanOrEqual(0.88);
});

/**
 * fresh5.json was collected before the rules were read, to measure them on texts they were not
 * written from (test/fixtures/diagnose/corpus/README.md). Its first read was 83.8% (67/80): one
 * right answer 85.7% (30/35), ambiguous 82.2% (37/45). After general rules for the classes its
 * misses showed: 93.8% (75/80), 97.1% (34/35) and 91.1% (41/45); the floors sit just under that.
 */
test('the fifth fresh set reads right at least as often as after the rules its misses showed', () => {
  const fresh5 = texts.filter((t) => t.id.startsWith('fresh5-'));
  expect(fresh5.length).toBe(80);
  expect(share(fresh5)).toBeGreaterThanOrEqual(0.93);
  expect(share(fresh5.filter((t) => !t.ambiguous))).toBeGreaterThanOrEqual(0.97);
  expect(share(fresh5.filter((t) => t.ambiguous))).toBeGreaterThanOrEqual(0.91);
});

/**
 * fresh6.json was collected the same way, before the rules were read, aimed at the kinds of
 * held-out text the issue names (providers' policy texts about the sending IP, MTA log lines, outer
 * replies wrapping another, name lookups in an MTA's words, ports that are not SMTP ports, socket
 * errors in other runtimes, relay and sign-in refusals in other words). Its first read was 68.1%
 * (49/72): one right answer 80.0% (28/35), ambiguous 56.8% (21/37) (70.8% with two labels corrected
 * to the corpus's conventions). After general rules for the classes its misses showed: 87.5%
 * (63/72), 91.4% (32/35) and 83.8% (31/37); the floors sit just under that.
 */
test('the sixth fresh set reads right at least as often as after the rules its misses showed', () => {
  const fresh6 = texts.filter((t) => t.id.startsWith('fresh6-'));
  expect(fresh6.length).toBe(72);
  expect(share(fresh6)).toBeGreaterThanOrEqual(0.87);
  expect(share(fresh6.filter((t) => !t.ambiguous))).toBeGreaterThanOrEqual(0.91);
  expect(share(fresh6.filter((t) => t.ambiguous))).toBeGreaterThanOrEqual(0.83);
});

/**
 * fresh7.json was collected the same way, before the rules were read, aimed at the check half's
 * weakest classes (interception, texts that decide nothing or are about something else, name
 * lookups, relay refusals) and families (delivery-status parts, PHPMailer, K-9, other libraries, PHP
 * frameworks, JavaMail, .NET), and at Microsoft 365's 5.7.30. Its first read was 75.3% (64/85): one
 * right answer 84.0% (42/50), ambiguous 62.9% (22/35). After general rules for the classes its
 * misses showed: 87.1% (74/85), 98.0% (49/50) and 71.4% (25/35); the floors sit just under that.
 */
test('the seventh fresh set reads right at least as often as after the rules its misses showed', () => {
  const fresh7 = texts.filter((t) => t.id.startsWith('fresh7-'));
  expect(fresh7.length).toBe(85);
  expect(share(fresh7)).toBeGreaterThanOrEqual(0.87);
  expect(share(fresh7.filter((t) => !t.ambiguous))).toBeGreaterThanOrEqual(0.98);
  expect(share(fresh7.filter((t) => t.ambiguous))).toBeGreaterThanOrEqual(0.71);
});

/**
 * fresh8.json was collected the same way, before the rules were read, aimed at what a customer who
 * is not a developer pastes from the program in front of them: web applications' SMTP tests and
 * notification logs, mail programs' one-line notifications, texts in other languages, send-as
 * refusals. Its first read was 76.8% (63/82): one right answer 84.4% (38/45), ambiguous 67.6%
 * (25/37); 78.0% (64/82) and 70.3% (26/37) ambiguous with fresh8-061 labelled by the corpus's
 * convention for a block on the machine itself. After general rules for the classes its misses
 * showed: 90.2% (74/82), 100.0% (45/45) and 78.4% (29/37); the floors sit just under that.
 */
test('the eighth fresh set reads right at least as often as after the rules its misses showed', () => {
  const fresh8 = texts.filter((t) => t.id.startsWith('fresh8-'));
  expect(fresh8.length).toBe(82);
  expect(share(fresh8)).toBeGreaterThanOrEqual(0.9);
  expect(share(fresh8.filter((t) => !t.ambiguous))).toBeGreaterThanOrEqual(0.97);
  expect(share(fresh8.filter((t) => t.ambiguous))).toBeGreaterThanOrEqual(0.78);
});

/**
 * fresh9.json was collected the same way, before the rules were read, aimed at the path through an
 * ESP or relay service and from cloud hosts: the relay services' own refusals of the sender, the
 * account and its quotas, client errors reaching them, and cloud hosts' and ISPs' own texts about
 * port 25, some in Spanish, French, German and Portuguese. Its first read was 44.7% (38/85): one
 * right answer 47.2% (25/53), ambiguous 40.6% (13/32). After general rules for the classes its
 * misses showed: 87.1% (74/85), 96.2% (51/53) and 71.9% (23/32); the floors sit just under that.
 */
test('the ninth fresh set reads right at least as often as after the rules its misses showed', () => {
  const fresh9 = texts.filter((t) => t.id.startsWith('fresh9-'));
  expect(fresh9.length).toBe(85);
  expect(share(fresh9)).toBeGreaterThanOrEqual(0.87);
  expect(share(fresh9.filter((t) => !t.ambiguous))).toBeGreaterThanOrEqual(0.96);
  expect(share(fresh9.filter((t) => t.ambiguous))).toBeGreaterThanOrEqual(0.71);
});

/**
 * Floors a little under today's figures, so a rule that breaks a diagnosis fails here. (fresh.json,
 * texts collected after the rules to measure them, lowered auth-required and
 * submission-port-blocked by one miss each: a HELO refusal a provider's page blames on the port,
 * and a telnet that hangs at "Trying". fresh3.json lowered auth-required by one more: Exim's
 * generic ACL refusal "550 Administrative prohibition", which the thread reads as a relay refusal
 * but whose words say nothing of relaying. fresh5.json lowered auth-failed by one: K-9's bare "Failed
 * to send some messages", labelled by the thread's cause, a password changed on the server only.
 * fresh7.json lowered ip-blocklisted by a point, with La Poste's "Service refused" under its own
 * mailbox code 4.2.1 and GMX's greeting cut to its first line, and unknown by one, with texts about
 * something else that read like a failed lookup or a port block: a milter's service lookup, an IMAP
 * receiver's, an HTTPS API's timeout without its port. fresh8.json, at its first read, lowered
 * auth-failed to 93.9% with four send-as refusals in words the rules lacked, and recipient-problem
 * to 93.4% with a recipient refusal in a webmail's own words and a health check that says only that a
 * permanent SMTP error came back; after the rules they showed, they read 97.6% (SiteGround's
 * header check for a sender without a mailbox there is left) and 93.8% (the health check is).
 * fresh10.json lowered auth-failed to 96.9% with a send-as refusal in Mattermost's words, "550
 * Incorrect sender header (Check your FROM)", a wording no other text has.
 * fresh9.json, at its first read, lowered auth-failed to 81.3% with ESP refusals of unverified
 * senders, sandboxes and credential policies in words the rules lacked, port25-blocked to 86.5% and
 * submission-port-blocked to 93.7% with cloud hosts' and ISPs' own prose about the block, and
 * auth-required to 90.8% with a relay refusal read as the client's IP. After the rules they showed:
 * auth-failed 96.3% (Postal's "From/Sender name is not valid" and Zoho's "Relaying disallowed as" are
 * left), port25-blocked 95.0%, submission-port-blocked 95.8% (a notice naming 465 and 587 on its
 * own line, and "Permission denied" on ssl:// to 587 read as the TLS mode, are left) and
 * auth-required 90.8%. fresh12.json, at its first read, lowered starttls-required to 93.3% with
 * Gmail's 4.7.29 (no TLS) read as a refused message and Exchange Online's 'Failed to establish
 * appropriate TLS channel' read as nothing; after the rules they showed it reads 100%.)
 */
const diagnosisFloors: Record<(typeof diagnosisIds)[number], number> = {
  'port25-blocked': 0.93,
  // fresh11.json's first read (localized client errors) lowered submission-port-blocked to 92.2%,
  // auth-failed to 93.3%, auth-required to 84.8% and tls-failure to 87.6%; after its rules 96.5%,
  // 97.0%, 90.9% and 94.5%.
  'submission-port-blocked': 0.95,
  'connection-refused': 0.96,
  'isp-interception': 0.7,
  'dns-failure': 0.85,
  'auth-failed': 0.96,
  'auth-required': 0.9,
  'starttls-required': 0.95,
  'tls-failure': 0.88,
  'ip-blocklisted': 0.93,
  'rdns-missing': 0.95,
  'message-rejected': 0.92,
  'recipient-problem': 0.93,
  unknown: 0.79,
};

test.for(diagnosisIds)('texts labelled %s read right at least as often as the floor', (id) => {
  expect(share(texts.filter((t) => t.label === id))).toBeGreaterThanOrEqual(diagnosisFloors[id]);
});

test('every source family with ten or more texts reads right at least half the time', () => {
  const families = [...new Set(texts.map((t) => t.family))];
  const weak = families
    .map((family) => ({ family, list: texts.filter((t) => t.family === family) }))
    .filter(({ list }) => list.length >= 10 && share(list) < 0.5)
    .map(({ family, list }) => `${family}: ${Math.round(100 * share(list))}%`);
  expect(weak).toEqual([]);
});

test('the known hard cases still fail, so a rule written for one of them shows', () => {
  const byId = new Map(texts.map((t) => [t.id, t]));
  const passing = Object.keys(hardCases).filter((id) => {
    const t = byId.get(id);
    return t === undefined || right(t);
  });
  expect(passing).toEqual([]);
});

test('an ambiguous text mostly comes with the question or the alternatives that would decide it', () => {
  const ambiguous = texts.filter((t) => t.ambiguous && right(t));
  const unhedged = ambiguous.filter((t) => {
    const r = results.get(t.id);
    return r !== undefined && r.confidence > 0.75 && r.alternatives.length === 0 && !r.question;
  });
  expect(unhedged.length).toBeLessThan(ambiguous.length / 2);
});

/**
 * fresh10.json was collected the same way, before the rules were read, aimed at the shape in which
 * people paste: JSON log lines, stack traces with the useful line in the middle, HTML-escaped and
 * quoted-printable text, log prefixes, transcripts where one reply decides. Its first read was
 * 76.5% (62/81): one right answer 93.3% (42/45), ambiguous 55.6% (20/36). After general rules for
 * the classes its misses showed (and one label corrected to RFC 3463's X.1.3): 88.9% (72/81), 100.0%
 * (45/45) and 75.0% (27/36); the floors sit just under that.
 */
test('the tenth fresh set reads right at least as often as after the rules its misses showed', () => {
  const fresh10 = texts.filter((t) => t.id.startsWith('fresh10-'));
  expect(fresh10.length).toBe(81);
  expect(share(fresh10)).toBeGreaterThanOrEqual(0.88);
  expect(share(fresh10.filter((t) => !t.ambiguous))).toBeGreaterThanOrEqual(0.98);
  expect(share(fresh10.filter((t) => t.ambiguous))).toBeGreaterThanOrEqual(0.74);
});

/**
 * fresh11.json was collected the same way, before the rules were read, aimed at what a customer
 * pastes in Spanish, French, German and Portuguese: Evolution's SMTP errors with GLib's socket,
 * resolver and TLS words, Thunderbird for Android's notifications and setup checks, and
 * System.Net.Mail's localized SmtpException. Its first read was 45.0% (27/60): one right answer
 * 37.1% (13/35), ambiguous 56.0% (14/25). After general rules for the classes its misses showed (and
 * one label made ambiguous whose server reply lost its "not" in translation): 100% (60/60); the
 * floors sit just under that.
 */
test('the eleventh fresh set reads right at least as often as after the rules its misses showed', () => {
  const fresh11 = texts.filter((t) => t.id.startsWith('fresh11-'));
  expect(fresh11.length).toBe(60);
  expect(share(fresh11)).toBeGreaterThanOrEqual(0.98);
  expect(share(fresh11.filter((t) => !t.ambiguous))).toBeGreaterThanOrEqual(0.97);
  expect(share(fresh11.filter((t) => t.ambiguous))).toBeGreaterThanOrEqual(0.96);
});

/**
 * fresh12.json was collected the same way, before the rules were read, from recent receiving-provider
 * and MTA texts a sender pastes (Gmail's and Yahoo's 2024 requirements, Outlook.com's 5.7.515 and
 * 5.7.509, throttles, DMARC milters, MTA-STS and DANE deferrals, greylisting). Its first read was
 * 82.3% (51/62): one right answer 97.1% (34/35), ambiguous 63.0% (17/27). After general rules for
 * the classes its misses showed (and one label made to follow the fixture's add-089): 95.2%
 * (59/62), 100.0% (35/35) and 88.9% (24/27); the floors sit just under that.
 */
test('the twelfth fresh set reads right at least as often as after the rules its misses showed', () => {
  const fresh12 = texts.filter((t) => t.id.startsWith('fresh12-'));
  expect(fresh12.length).toBe(62);
  expect(share(fresh12)).toBeGreaterThanOrEqual(0.95);
  expect(share(fresh12.filter((t) => !t.ambiguous))).toBeGreaterThanOrEqual(0.98);
  expect(share(fresh12.filter((t) => t.ambiguous))).toBeGreaterThanOrEqual(0.88);
});
