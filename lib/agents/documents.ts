// What the agent console searches: answers, article sections (by heading), ISPs and tree nodes.
import type { Answer, Article, IspEntry, LoadedTree } from '../content/library';
import { buildSearchDocuments } from '../search/documents';
import type { SearchDocument } from '../search/engine';
import { toQuery } from '../vocabulary/query';
import type { Facts } from '../vocabulary/facts';

function nodeDocuments(tree: LoadedTree, reach: ReadonlyMap<string, Facts>): Array<SearchDocument> {
  return Object.entries(tree.nodes).map(([id, node]) => {
    const facts = reach.get(id) ?? {};
    const query = toQuery(facts);
    const url = `/troubleshoot${query ? `?${query}` : ''}`;
    const title =
      node.kind === 'question'
        ? node.text
        : node.kind === 'check'
          ? `Check: ${node.on}`
          : `Outcome: ${node.answer ?? id}`;
    const words =
      node.kind === 'question'
        ? [...(node.options ?? []).map((o) => o.label), node.note ?? '']
        : node.kind === 'check'
          ? [node.note ?? '', ...Object.keys(node.branches)]
          : [];
    return {
      id: `node:${id}`,
      kind: 'node',
      url,
      title,
      pageUrl: url,
      pageTitle: `Tree node ${id}`,
      summary: node.kind === 'check' ? (node.note ?? `Branches on ${node.on}.`) : `Tree node ${id} (${node.kind}).`,
      headings: id,
      tags: node.kind,
      text: words.join(' '),
    };
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
