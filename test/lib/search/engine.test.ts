import { beforeAll, expect, test } from 'vitest';

import { loadLibrary } from '@/lib/content/library';
import { buildSearchDocuments } from '@/lib/search/documents';
import { createSearchIndex, loadSearchIndex, searchArticles } from '@/lib/search/engine';

let index: ReturnType<typeof createSearchIndex>;

beforeAll(async () => {
  index = createSearchIndex(buildSearchDocuments((await loadLibrary()).articles));
});

// What customers and agents actually type, including typos and pasted error codes.
test.for([
  { query: 'thunderbird', top: 'thunderbird-outgoing-server' },
  { query: 'outlook classic', top: 'outlook-classic-outgoing-server' },
  { query: '0x800CCC0E', top: 'outlook-classic-outgoing-server' },
  { query: 'new outlook', top: 'new-outlook-outgoing-server' },
  { query: 'iphone', top: 'iphone-ipad-mail-outgoing-server' },
  { query: 'samsung email', top: 'android-mail-outgoing-server' },
  { query: 'apple mail mac', top: 'apple-mail-mac-outgoing-server' },
  { query: 'spamhaus pbl', top: 'spamhaus-pbl' },
  { query: 'reverse dns', top: 'reverse-dns-ptr' },
  { query: 'ptr record', top: 'reverse-dns-ptr' },
  { query: 'postfix relayhost', top: 'relay-through-smart-host' },
  { query: 'smart host', top: 'relay-through-smart-host' },
  { query: 'Test-NetConnection', top: 'test-smtp-ports' },
  { query: 'relay access denied', top: 'errors-that-are-not-a-port-block' },
  { query: '535 authentication', top: 'errors-that-are-not-a-port-block' },
  { query: 'avast mail shield', top: 'antivirus-firewall-router' },
  { query: 'st lucia', top: 'lime-st-lucia-2009' },
  { query: 'unblock port 25 exception', top: 'ask-isp-for-port-25-exception' },
  { query: 'starttls implicit tls', top: 'smtp-ports-explained' },
  { query: 'intercepted banner', top: 'isp-port-25-interception' },
  { query: 'why is port 25 blocked', top: 'why-isps-block-port-25' },
])('"$query" finds $top first', ({ query, top }) => {
  expect(searchArticles(index, query)[0]?.url).toBe(`/articles/${top}`);
});

test('a misspelt program name finds both Outlook articles first', () => {
  expect(
    searchArticles(index, 'outlok smtp')
      .slice(0, 2)
      .map((h) => h.url)
      .sort(),
  ).toEqual(['/articles/new-outlook-outgoing-server', '/articles/outlook-classic-outgoing-server']);
});

test('a question full of common words still finds something', () => {
  expect(searchArticles(index, 'how do I send my email').length).toBeGreaterThan(0);
});

test.for(['', '   ', 'zzqxv wwkj'])('"%s" finds nothing', (query) => {
  expect(searchArticles(index, query)).toEqual([]);
});

test('hits point at matching sections with their anchors', () => {
  const [hit] = searchArticles(index, 'exim');
  expect(hit?.sections[0]?.url).toMatch(/^\/articles\/relay-through-smart-host#exim/);
});

test('the serialized index the browser loads answers exactly like the server', () => {
  const copy = loadSearchIndex(JSON.stringify(index));
  for (const q of ['thunderbrid', 'port 587', 'spamhaus']) {
    expect(searchArticles(copy, q)).toEqual(searchArticles(index, q));
  }
});

test('an oversized query is cut, not rejected', () => {
  expect(() => searchArticles(index, 'port '.repeat(10_000))).not.toThrow();
});
