// The agent console's search: the site's index, ranked for the customer the agent is helping. An
// agent who picked a mail program is helping someone whose mail program sends, so answers the
// troubleshooter gives for that program come before those for other programs or on-site servers,
// and that program's own article before the others'; the provider counts the same way (and its own
// page comes before other providers'). Answers come before the tree's questions, which they
// summarise, and of two answers that match as well, the one the tree reaches with fewer questions
// (the common fix, not the last resort) comes first.
import type MiniSearch from 'minisearch';

import { flatHit, matching, type FlatHit, type SearchDocument, type Stored } from '../search/engine';
import type { RankingFact, ReachedWith } from './reach';

export type AgentCase = { client?: string | undefined; isp?: string | undefined };

export type Relevance = {
  /** The values of the case's facts with which the tree reaches an answer or a question, by document id. */
  reachedWith: ReadonlyMap<string, ReachedWith>;
  /** The fewest answers after which the tree reaches an answer or a question, by document id. */
  depth: ReadonlyMap<string, number>;
  /** The article with each mail program's steps, by program id. */
  clientArticle: ReadonlyMap<string, string>;
  /** Every article that holds one program's or one server's steps. */
  stepsArticles: ReadonlySet<string>;
};

const kindWeight: Record<SearchDocument['kind'], number> = {
  answer: 1.5,
  isp: 1.2,
  article: 1,
  section: 1,
  node: 0.6,
};

/** How well a document fits the case: above 1 fits, below 1 belongs to another kind of customer. */
function fit(r: Stored, known: Partial<Record<RankingFact, string>>, isp: string | undefined, relevance: Relevance) {
  // Each question further into the tree counts a little against a document (never below half).
  let weight = Math.max(0.5, 0.93 ** (relevance.depth.get(String(r.id)) ?? 0));
  const reached = relevance.reachedWith.get(String(r.id)) ?? {};
  for (const [fact, value] of Object.entries(known) as Array<[RankingFact, string]>) {
    const values = reached[fact];
    if (values && values.size > 0) {
      weight *= values.has(value) ? 1.5 : 0.4;
    }
  }
  const slug = r.pageUrl.startsWith('/articles/') ? r.pageUrl.slice('/articles/'.length) : undefined;
  if (known.client !== undefined && slug !== undefined && relevance.stepsArticles.has(slug)) {
    weight *= relevance.clientArticle.get(known.client) === slug ? 2 : 0.5;
  }
  if (isp !== undefined && r.kind === 'isp') {
    weight *= r.url === `/isps/${isp}` ? 2 : 0.5;
  }
  return weight;
}

/** Every matching document on its own, best first for this case. */
export function agentSearch(
  index: MiniSearch<SearchDocument>,
  query: string,
  picked: AgentCase,
  relevance: Relevance,
  limit = 30,
): Array<FlatHit> {
  const results = matching(index, query);
  // A port in the search is not a fact of the case: "use 587" names where to go, not what fails.
  const known: Partial<Record<RankingFact, string>> = {
    ...(picked.client !== undefined ? { sender: 'program', client: picked.client } : {}),
    ...(picked.isp !== undefined ? { isp: picked.isp } : {}),
  };
  return results
    .map((r) => ({ r, score: r.score * kindWeight[r.kind] * fit(r, known, picked.isp, relevance) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ r }) => flatHit(r));
}
