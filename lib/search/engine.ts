// Search over articles and their sections. The same options run on the server (/search?q=) and in
// the browser (instant results), so both give the same answers. No Node.js imports here.
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { stemmer } from 'stemmer';

export type SearchDocument = {
  id: string;
  kind: 'article' | 'section' | 'answer' | 'isp' | 'node';
  url: string;
  title: string;
  /** The page a hit is listed under: a section's article, or the document itself. */
  pageUrl: string;
  pageTitle: string;
  summary: string;
  headings: string;
  tags: string;
  text: string;
};

export type SearchHit = {
  url: string;
  title: string;
  kind: 'article' | 'answer' | 'isp' | 'node';
  summary: string;
  sections: Array<{ url: string; title: string }>;
};

/** Words too common to narrow a search; dropping them lets "how do I send email" match. */
const stopWords = new Set(
  'a an and are as at be but by can cannot do does for from how i if in into is it me my no not of on or so than that the their then there these this to was what when where which who why will with you your'.split(
    ' ',
  ),
);

export const maxQueryLength = 200;

export const searchOptions: Options<SearchDocument> = {
  fields: ['title', 'headings', 'tags', 'summary', 'text'],
  storeFields: ['kind', 'url', 'title', 'pageUrl', 'pageTitle', 'summary'],
  processTerm: (term) => {
    const t = term.toLowerCase();
    if (stopWords.has(t)) {
      return null;
    }
    // "blocked", "blocks" and "blocking" meet at "block"; codes, numbers and host parts stay as typed.
    return /^[a-z]{4,}$/.test(t) ? stemmer(t) : t;
  },
  searchOptions: {
    boost: { title: 4, headings: 2, tags: 2, summary: 1.5 },
    // Typo tolerance: about one wrong letter in five, never on short words such as port numbers.
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    prefix: (term) => term.length >= 3,
    combineWith: 'AND',
  },
};

export function createSearchIndex(documents: ReadonlyArray<SearchDocument>): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(searchOptions);
  index.addAll(documents);
  return index;
}

export function loadSearchIndex(json: string): MiniSearch<SearchDocument> {
  return MiniSearch.loadJSON<SearchDocument>(json, searchOptions);
}

export type Stored = SearchResult &
  Pick<SearchDocument, 'kind' | 'url' | 'title' | 'pageUrl' | 'pageTitle' | 'summary'>;

/**
 * The documents a query matches, best first: every word if any document has them all, else any
 * word, still ranked by how much matches. Nothing for an empty query; a long one is cut short.
 */
export function matching(index: MiniSearch<SearchDocument>, query: string): Array<Stored> {
  const q = query.slice(0, maxQueryLength).trim();
  if (q === '') {
    return [];
  }
  const results = index.search(q) as Array<Stored>;
  return results.length > 0 ? results : (index.search(q, { combineWith: 'OR' }) as Array<Stored>);
}

/** Groups hits by page (article, answer, ISP), best first, articles with up to three matching sections. */
export function searchArticles(index: MiniSearch<SearchDocument>, query: string, limit = 20): Array<SearchHit> {
  const results = matching(index, query);
  const hits = new Map<string, SearchHit>();
  for (const r of results) {
    let hit = hits.get(r.pageUrl);
    if (!hit) {
      if (hits.size >= limit) {
        continue;
      }
      const kind = r.kind === 'section' ? 'article' : r.kind;
      hit = { url: r.pageUrl, title: r.pageTitle, kind, summary: r.summary, sections: [] };
      hits.set(r.pageUrl, hit);
    }
    if (r.kind === 'section' && hit.sections.length < 3) {
      hit.sections.push({ url: r.url, title: r.title });
    }
  }
  return [...hits.values()];
}

export type FlatHit = Pick<SearchDocument, 'id' | 'kind' | 'url' | 'title' | 'pageTitle' | 'summary'>;

/** A search result as a hit of its own. */
export const flatHit = (r: Stored): FlatHit => ({
  id: String(r.id),
  kind: r.kind,
  url: r.url,
  title: r.title,
  pageTitle: r.pageTitle,
  summary: r.summary,
});

/** Every matching document on its own (sections, answers, ISPs, tree nodes), best first. */
export function searchAll(index: MiniSearch<SearchDocument>, query: string, limit = 30): Array<FlatHit> {
  return matching(index, query).slice(0, limit).map(flatHit);
}
