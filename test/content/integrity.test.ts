// The real content/: what ships must load cleanly and cover what customers need.
import { beforeAll, expect, test } from 'vitest';

import { statesReaching } from '@/lib/agents/reach';
import { loadLibrary, type Library } from '@/lib/content/library';
import { missingUrls, publishedUrls, readPublished } from '@/lib/content/published';

let library: Library;

beforeAll(async () => {
  library = await loadLibrary();
});

// The topics the knowledge base promises; each slug is a published URL agents link to.
const requiredSlugs = [
  'why-isps-block-port-25',
  'smtp-ports-explained',
  'outlook-classic-outgoing-server',
  'new-outlook-outgoing-server',
  'thunderbird-outgoing-server',
  'apple-mail-mac-outgoing-server',
  'iphone-ipad-mail-outgoing-server',
  'android-mail-outgoing-server',
  'test-smtp-ports',
  'relay-through-smart-host',
  'ask-isp-for-port-25-exception',
  'spamhaus-pbl',
  'reverse-dns-ptr',
  'errors-that-are-not-a-port-block',
  'isp-port-25-interception',
  'antivirus-firewall-router',
  'lime-st-lucia-2009',
  'microsoft-365-smtp-auth-to-relay',
  'apps-and-libraries-smtp-settings',
  'scanners-printers-old-firmware',
  'esp-account-refusals',
  'cloud-hosts-blocking-submission-ports',
  'spf-dkim-dmarc-for-relayed-mail',
  'vpn-and-ipv6',
];

// Section links other pages and agents rely on: renaming one needs a pinned id or a redirect.
const requiredAnchors = [
  'smtp-ports-explained#tls-mode-must-match-port',
  'smtp-ports-explained#which-port',
  'smtp-ports-explained#port-2525',
  'test-smtp-ports#windows',
  'test-smtp-ports#mac-linux',
  'test-smtp-ports#read-the-result',
  'relay-through-smart-host#postfix',
  'relay-through-smart-host#exim',
  'relay-through-smart-host#exchange',
  'relay-through-smart-host#hmailserver',
  'errors-that-are-not-a-port-block#authentication-failed-535',
  'errors-that-are-not-a-port-block#relay-access-denied',
  'ask-isp-for-port-25-exception#what-isps-ask-for',
  'android-mail-outgoing-server#gmail-app',
  'android-mail-outgoing-server#samsung-email',
  'errors-that-are-not-a-port-block#microsoft-365-basic-auth-5730',
  'esp-account-refusals#locked-out',
  'esp-account-refusals#sender-not-allowed',
  'apps-and-libraries-smtp-settings#dotnet',
  'apps-and-libraries-smtp-settings#nodemailer',
];

test('content/ loads without a single problem', () => {
  expect(library.articles.length).toBeGreaterThanOrEqual(14);
});

test('every promised topic has its article', () => {
  expect(requiredSlugs.filter((slug) => !library.articles.some((a) => a.slug === slug))).toEqual([]);
});

test('every section agents link to still exists', () => {
  const missing = requiredAnchors.filter((ref) => {
    const [slug, id] = ref.split('#');
    return !library.articles.find((a) => a.slug === slug)?.ids.has(id ?? '');
  });
  expect(missing).toEqual([]);
});

test('every mail program article has the same "change the outgoing server" section', () => {
  const programs = library.articles.filter((a) => a.category === 'mail-programs');
  expect(programs.length).toBeGreaterThanOrEqual(6);
  expect(programs.filter((a) => !a.ids.has('change-outgoing-server')).map((a) => a.slug)).toEqual([]);
});

test('every category has articles and every article a table of contents', () => {
  for (const category of library.categories) {
    expect(
      library.articles.some((a) => a.category === category.id),
      category.id,
    ).toBe(true);
  }
  expect(library.articles.filter((a) => a.toc.length < 2).map((a) => a.slug)).toEqual([]);
});

test('featured positions on the home page are unique', () => {
  const positions = library.articles.flatMap((a) => (a.featured === undefined ? [] : [a.featured]));
  expect(positions.length).toBeGreaterThanOrEqual(3);
  expect(new Set(positions).size).toBe(positions.length);
});

test('no article was reviewed in the future', () => {
  const today = new Date().toISOString().slice(0, 10);
  expect(library.articles.filter((a) => a.reviewed > today).map((a) => a.slug)).toEqual([]);
});

test('no placeholder is left unfilled anywhere in the rendered articles', () => {
  const leftovers = library.articles.filter((a) => JSON.stringify(a.tree).includes('{{') || a.title.includes('{{'));
  expect(leftovers.map((a) => a.slug)).toEqual([]);
});

test('no article repeats a misstatement the domain facts warn about', () => {
  const myths = [
    /465 (is|was) deprecated(?! in)/i,
    /rfc 5068 (says|requires)[^.]*nat/i,
    /tcptestsucceeded\s*:\s*true[^.]*(proves|means)[^.]*works/i,
  ];
  const found = library.articles.flatMap((a) =>
    a.sections.flatMap((s) => myths.filter((m) => m.test(s.text)).map((m) => `${a.slug}: ${String(m)}`)),
  );
  expect(found).toEqual([]);
});

test('the ISP directory covers at least 55 providers, LIME St. Lucia among them', () => {
  expect(library.isps.length).toBeGreaterThanOrEqual(55);
  expect(library.isps.find((i) => i.slug === 'lime-st-lucia')?.port25.dsl).toMatchObject({
    status: 'blocked',
    reported: '2009',
  });
});

test('an ISP without a source states nothing but unknowns', () => {
  const unsourced = library.isps.filter((i) => i.sources.length === 0);
  expect(unsourced.filter((i) => Object.keys(i.port25).length > 0 || i.confidence !== 'low').map((i) => i.slug)).toEqual(
    [],
  );
});

test('no source was read, and no entry verified, in the future', () => {
  const today = new Date().toISOString().slice(0, 10);
  const future = library.isps.filter((i) => i.sources.some((s) => s.read > today) || (i.verified ?? '') > today);
  expect(future.map((i) => i.slug)).toEqual([]);
});

test('the tree has one outcome per answer and every outcome is reachable', () => {
  const outcomes = Object.entries(library.tree.nodes).flatMap(([id, n]) =>
    n.kind === 'outcome' ? [[id, n.answer ?? id] as const] : [],
  );
  expect(outcomes.map(([, answer]) => answer).sort()).toEqual(library.answers.map((a) => a.id).sort());
  const reached = statesReaching(library.tree, {
    isps: new Map(library.isps.map((i) => [i.slug, i])),
    config: library.config,
  });
  expect(outcomes.filter(([id]) => !reached.has(id)).map(([id]) => id)).toEqual([]);
});

test('no published URL has disappeared: pages are redirected, section ids pinned', async () => {
  const recorded = await readPublished();
  expect(recorded.length).toBeGreaterThan(100);
  expect(missingUrls(recorded, library)).toEqual([]);
});

test('every URL the site publishes is recorded (run npm run urls:record after adding one)', async () => {
  const recorded = new Set(await readPublished());
  expect(publishedUrls(library).filter((url) => !recorded.has(url))).toEqual([]);
});
