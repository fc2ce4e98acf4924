// For the agents' tree map: a state (URL facts) that reaches each node of the tree, found by
// walking the real tree breadth-first from the start, so every link opens that exact step. The same
// walk records with which answers each node can be reached (a mail program or an on-site server,
// which program, which provider), which the agent console uses to rank what fits its customer.
import type { Tree } from '../content/schema';
import type { TreeContext } from '../troubleshoot/derive';
import { walk } from '../troubleshoot/engine';
import { toQuery } from '../vocabulary/query';
import { otherIsp, type Facts } from '../vocabulary/facts';

/** Enough for every path of a tree with a handful of questions; a bigger tree would say so in the map. */
const maxStates = 50_000;

/** The facts a case is matched on in the agent console. */
export const rankingFacts = ['sender', 'client', 'isp'] as const;
export type RankingFact = (typeof rankingFacts)[number];
/** For each ranking fact, every value with which a node can be reached (none before its question). */
export type ReachedWith = Partial<Record<RankingFact, Set<string>>>;

export type Reach = {
  /** The first (shortest) state found that reaches each node. */
  states: Map<string, Facts>;
  reachedWith: Map<string, ReachedWith>;
};

export function exploreTree(tree: Tree, context: TreeContext): Reach {
  const states = new Map<string, Facts>();
  const reachedWith = new Map<string, ReachedWith>();
  const note = (id: string, facts: Facts) => {
    if (!states.has(id)) {
      states.set(id, facts);
    }
    const known = reachedWith.get(id) ?? {};
    for (const fact of rankingFacts) {
      const value = facts[fact];
      if (value !== undefined) {
        known[fact] = (known[fact] ?? new Set()).add(value);
      }
    }
    reachedWith.set(id, known);
  };
  const queue: Array<Facts> = [{}];
  const seen = new Set<string>(['']);
  while (queue.length > 0 && seen.size < maxStates) {
    const facts = queue.shift() ?? {};
    const state = walk(tree, facts, context);
    for (const step of state.steps) {
      note(step.id, facts);
    }
    note(state.id, facts);
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
  return { states, reachedWith };
}

export function statesReaching(tree: Tree, context: TreeContext): Map<string, Facts> {
  return exploreTree(tree, context).states;
}
