// What the agent console searches: answers, article sections (by heading), ISPs and the tree's
// questions. Outcomes are found as their answers, and checks are the tree's own logic (both are on
// the tree map), so neither is a search result of its own.
import type { Answer, Article, IspEntry, LoadedTree } from '../content/library';
import { buildSearchDocuments } from '../search/documents';
import type { SearchDocument } from '../search/engine';
import { toQuery } from '../vocabulary/query';
import type { Facts } from '../vocabulary/facts';
import type { RankingFact, ReachedWith } from './reach';
import type { Relevance } from './search';

function nodeDocuments(tree: LoadedTree, reach: ReadonlyMap<string, Facts>): Array<SearchDocument> {
  return Object.entries(tree.nodes).flatMap(([id, node]): Array<SearchDocument> => {
    if (node.kind !== 'question') {
      return [];
    }
    const query = toQuery(reach.get(id) ?? {});
    const url = `/troubleshoot${query ? `?${query}` : ''}`;
    return [
      {
        id: `node:${id}`,
        kind: 'node',
        url,
        title: node.text,
        pageUrl: url,
        pageTitle: `Troubleshooter question (${id})`,
        summary: `The troubleshooter's question "${node.text}"`,
        headings: id,
        tags: node.kind,
        text: [...(node.options ?? []).map((o) => o.label), node.note ?? ''].join(' '),
      },
    ];
  });
}

export function agentDocuments(
  articles: ReadonlyArray<Article>,
  answers: ReadonlyArray<Answer>,
  isps: ReadonlyArray<IspEntry>,
  tree: LoadedTree,
  reach: ReadonlyMap<string, Facts>,
): Array<SearchDocument> {
  return [...buildSearchDocuments(articles, answers, isps), ...nodeDocuments(tree, reach)];
}

/** Who each answer and question is for, how deep in the tree, and which articles hold whose steps. */
export function agentRelevance(
  tree: LoadedTree,
  reachedWith: ReadonlyMap<string, ReachedWith>,
  states: ReadonlyMap<string, Facts>,
): Relevance {
  const byDocument = new Map<string, ReachedWith>();
  const answersBefore = new Map<string, number>();
  for (const [id, node] of Object.entries(tree.nodes)) {
    const key = node.kind === 'outcome' ? `/answers/${node.answer ?? id}` : `node:${id}`;
    const merged = byDocument.get(key) ?? {};
    for (const [fact, values] of Object.entries(reachedWith.get(id) ?? {}) as Array<[RankingFact, Set<string>]>) {
      merged[fact] = new Set([...(merged[fact] ?? []), ...values]);
    }
    byDocument.set(key, merged);
    // States are found breadth-first, so the first that reaches a node has the fewest answers.
    const answers = Object.keys(states.get(id) ?? {}).length;
    answersBefore.set(key, Math.min(answersBefore.get(key) ?? answers, answers));
  }
  // Counted from the nearest answer, so the nearest answers weigh the same as articles.
  const nearest = Math.min(...[...answersBefore].flatMap(([key, n]) => (key.startsWith('/answers/') ? [n] : [])));
  const depth = new Map([...answersBefore].map(([key, n]) => [key, Math.max(0, n - nearest)]));
  const articleOf = (fact: 'client' | 'server') => {
    const node = tree.nodes[fact];
    return (node?.kind === 'question' ? (node.options ?? []) : []).flatMap((o) =>
      o.article ? [[o.id, o.article.split('#')[0] ?? ''] as const] : [],
    );
  };
  const clients = articleOf('client');
  return {
    reachedWith: byDocument,
    depth,
    clientArticle: new Map(clients),
    stepsArticles: new Set([...clients, ...articleOf('server')].map(([, slug]) => slug)),
  };
}
