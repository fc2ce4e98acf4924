// How many questions can lie ahead: for the progress indicator and the "a handful of questions" check.
import type { Tree } from '../content/schema';
import { derivations } from './derive';
import { successors } from './engine';
import type { Facts } from './vocabulary';

/**
 * The most questions on any path from a node (the start by default) to an outcome. Paths are
 * followed with the answers given on them, so a check on a fact already answered takes only its
 * matching branch: "program" never reaches the questions for servers. The tree must be acyclic.
 */
export function mostQuestions(
  tree: Tree,
  from = tree.start,
  known: Facts = {},
): { count: number; path: Array<string> } {
  const plainChecks = new Set(
    Object.values(tree.nodes).flatMap((n) => (n.kind === 'check' && !(n.on in derivations) ? [n.on] : [])),
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
      const value = node.on in derivations ? undefined : facts.get(node.on);
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
