// The agent console's search on the real content: what an agent sees first for a customer's case.
import type MiniSearch from 'minisearch';
import { beforeAll, expect, test } from 'vitest';

import { agentDocuments, agentRelevance } from '@/lib/agents/documents';
import { exploreTree } from '@/lib/agents/reach';
import { agentSearch, type Relevance } from '@/lib/agents/search';
import { loadLibrary } from '@/lib/content/library';
import { createSearchIndex, type SearchDocument } from '@/lib/search/engine';

let index: MiniSearch<SearchDocument>;
let relevance: Relevance;

beforeAll(async () => {
  const library = await loadLibrary();
  const explored = exploreTree(library.tree, {
    isps: new Map(library.isps.map((i) => [i.slug, i])),
    config: library.config,
  });
  index = createSearchIndex(
    agentDocuments(library.articles, library.answers, library.isps, library.tree, explored.states),
  );
  relevance = agentRelevance(library.tree, explored.reachedWith, explored.states);
}, 60_000);

const urls = (q: string, picked: { isp?: string; client?: string } = {}, limit = 30) =>
  agentSearch(index, q, picked, relevance, limit).map((h) => h.url);

test('for a Thunderbird user on Comcast, "port 25 blocked" puts the fix and their pages first', () => {
  const found = urls('port 25 blocked', { isp: 'comcast-xfinity', client: 'thunderbird' });
  expect(found[0]).toBe('/answers/use-587');
  const all = urls('port 25 blocked', { isp: 'comcast-xfinity', client: 'thunderbird' }, 1000);
  expect(all.findIndex((u) => u.startsWith('/isps/'))).toBe(all.indexOf('/isps/comcast-xfinity'));
  // The tree now reaches more answers for this case (a VPN, refusals from the ESP's own side; issue
  // 15), so the program's own article comes just after them, and before any other program's.
  expect(found.slice(0, 8)).toContain('/articles/thunderbird-outgoing-server');
  const own = all.indexOf('/articles/thunderbird-outgoing-server');
  const otherPrograms = all.filter(
    (u) => /^\/articles\/[a-z-]*-outgoing-server$/.test(u) && !u.includes('thunderbird'),
  );
  expect(otherPrograms.length).toBeGreaterThan(0);
  expect(otherPrograms.every((u) => all.indexOf(u) > own)).toBe(true);
  // Without the picks, the same search does not know which fix or which provider.
  expect(urls('port 25 blocked')[0]).not.toBe('/answers/use-587');
});

test('the picks change the order', () => {
  const plain = urls('port 25 blocked', {}, 1000);
  const picked = urls('port 25 blocked', { isp: 'comcast-xfinity', client: 'thunderbird' }, 1000);
  expect(picked).not.toEqual(plain);
  expect(new Set(picked)).toEqual(new Set(plain));
});

test('a mail program’s own steps come before another program’s', () => {
  const found = urls('outgoing server settings', { client: 'thunderbird' });
  const own = found.findIndex((u) => u.startsWith('/articles/thunderbird-outgoing-server'));
  const other = found.findIndex((u) => u.startsWith('/articles/apple-mail-mac-outgoing-server'));
  expect(own).toBeGreaterThanOrEqual(0);
  expect(other === -1 || own < other).toBe(true);
});

test('"use 587" finds the answer first, and no result is a raw tree id', () => {
  const hits = agentSearch(index, 'use 587', {}, relevance);
  expect(hits[0]?.kind).toBe('answer');
  for (const hit of hits) {
    expect(hit.title).not.toMatch(/^(?:Outcome|Check):/);
  }
});
