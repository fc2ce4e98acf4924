// The tree as a graph: where each node leads, and how many questions can lie ahead (for the
// progress indicator and the "a handful of questions" check).
import { derivedFactValues, type Facts } from '../vocabulary/facts';
import type { TreeFile } from './schema';

/**
 * The most questions on any path from a node (the start by default) to an outcome. Paths are
 * followed with the answers given on them, so a check on a fact already answered takes only its
 * matching branch: "program" never reaches the questions for servers. The tree must be acyclic.
 */
export function mostQuestions(
  tree: TreeFile,
  from = tree.start,
  known: Facts = {},
): { count: number; path: Array<string> } {
  const plainChecks = new Set(
    Object.values(tree.nodes).flatMap((n) => (n.kind === 'check' && !(n.on in derivedFactValues) ? [n.on] : [])),
  );
  const memo = new Map<string, { count: number; path: Array<string> }>();
  const visit = (id: string, facts: ReadonlyMap<string, string>): { count: number; path: Array<string> } => {
    const key = `${id}|${[...facts]
      .filter(([f]) => plainChecks.has(f))
      .map(([f, v]) => `${f}=${v}`)
      .join('&')}`;
    const known = memo.get(key);
    if (known) {
      return known;
    }
    const node = tree.nodes[id];
    let nexts: Array<[string, ReadonlyMap<string, string>]> = [];
    if (node?.kind === 'question' && facts.has(id)) {
      // Already answered: the walk passes this question without asking it.
      const chosen = node.directory ? node.directory.next : node.options?.find((o) => o.id === facts.get(id))?.next;
      nexts = chosen ? [[chosen, facts]] : [];
    } else if (node?.kind === 'question') {
      nexts = node.directory
        ? [[node.directory.next, facts]]
        : (node.options ?? []).map((o) => [o.next, new Map([...facts, [id, o.id]])]);
    } else if (node?.kind === 'check') {
      const value = node.on in derivedFactValues ? undefined : facts.get(node.on);
      const chosen = value === undefined ? undefined : (node.branches[value] ?? node.otherwise);
      nexts = (chosen ? [chosen] : successors(tree, id)).map((n) => [n, facts]);
    }
    const best = nexts
      .map(([n, f]) => visit(n, f))
      .reduce<{ count: number; path: Array<string> } | undefined>(
        (a, b) => (a && a.count >= b.count ? a : b),
        undefined,
      ) ?? {
      count: 0,
      path: [],
    };
    const asked = node?.kind === 'question' && !facts.has(id);
    const result = { count: best.count + (asked ? 1 : 0), path: [id, ...best.path] };
    memo.set(key, result);
    return result;
  };
  const start = new Map<string, string>();
  for (const [fact, value] of Object.entries(known)) {
    if (value !== undefined) {
      start.set(fact, value);
    }
  }
  return visit(from, start);
}

/** Every node a node can lead to next. */
export function successors(tree: TreeFile, id: string): Array<string> {
  const node = tree.nodes[id];
  if (!node || node.kind === 'outcome') {
    return [];
  }
  if (node.kind === 'check') {
    return [...new Set([...Object.values(node.branches), ...(node.otherwise ? [node.otherwise] : [])])];
  }
  return node.directory ? [node.directory.next] : [...new Set((node.options ?? []).map((o) => o.next))];
}
