// For the agents' tree map: a state (URL facts) that reaches each node of the tree, found by
// walking the real tree breadth-first from the start, so every link opens that exact step.
import type { Tree } from '../content/schema';
import type { TreeContext } from '../troubleshoot/derive';
import { walk } from '../troubleshoot/engine';
import { toQuery } from '../vocabulary/query';
import { otherIsp, type Facts } from '../vocabulary/facts';

/** Enough for every path of a tree with a handful of questions; a bigger tree would say so in the map. */
const maxStates = 50_000;

export function statesReaching(tree: Tree, context: TreeContext): Map<string, Facts> {
  const reached = new Map<string, Facts>();
  const queue: Array<Facts> = [{}];
  const seen = new Set<string>(['']);
  while (queue.length > 0 && seen.size < maxStates) {
    const facts = queue.shift() ?? {};
    const state = walk(tree, facts, context);
    for (const step of state.steps) {
      if (!reached.has(step.id)) {
        reached.set(step.id, facts);
      }
    }
    const here = state.id;
    if (!reached.has(here)) {
      reached.set(here, facts);
    }
    if (state.kind === 'outcome') {
      continue;
    }
    const node = state.question;
    // Every option, hidden ones too: a link may set any of them.
    const values = node.directory ? [...context.isps.keys(), otherIsp] : (node.options ?? []).map((o) => o.id);
    for (const value of values) {
      const next: Facts = { ...facts, [state.id]: value };
      const key = toQuery(next);
      if (!seen.has(key)) {
        seen.add(key);
        queue.push(next);
      }
    }
  }
  return reached;
}
