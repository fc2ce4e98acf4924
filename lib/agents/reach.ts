// For the agents' tree map: a state (URL facts) that reaches each node of the tree, found by
// walking the real tree breadth-first from the start, so every link opens that exact step. The same
// walk records with which answers each node can be reached (a mail program or an on-site server,
// which program, which provider), which the agent console uses to rank what fits its customer.
import type { Tree } from '../content/schema';
import { derivations, type TreeContext } from '../troubleshoot/derive';
import { walk } from '../troubleshoot/engine';
import { toQuery } from '../vocabulary/query';
import { ispConnections, otherIsp, type Facts } from '../vocabulary/facts';

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

/** Whether a check or an option condition reads the ISP itself rather than what the directory says of it. */
function treeReadsIsp(tree: Tree): boolean {
  return Object.values(tree.nodes).some(
    (node) =>
      (node.kind === 'check' && node.on === 'isp') ||
      (node.kind === 'question' && (node.options ?? []).some((o) => o.only !== undefined && 'isp' in o.only)),
  );
}

/**
 * The ISPs worth trying at the directory question, each with the ISPs it stands for. The tree sees
 * an ISP only through the derived facts (today its port 25 status on each connection type), so
 * ISPs that derive the same values on every connection take every path alike and one of them
 * stands for all: with dozens of ISPs, trying each would multiply the states past the bound before
 * the deeper nodes are reached.
 */
function directoryClasses(tree: Tree, context: TreeContext): Map<string, Array<string>> {
  const slugs = [...context.isps.keys()].sort();
  if (treeReadsIsp(tree)) {
    return new Map(slugs.map((slug) => [slug, [slug]]));
  }
  const byProfile = new Map<string, Array<string>>();
  for (const slug of slugs) {
    const profile = ispConnections
      .flatMap((connection) => Object.values(derivations).map((derive) => derive({ isp: slug, connection }, context)))
      .join();
    byProfile.set(profile, [...(byProfile.get(profile) ?? []), slug]);
  }
  return new Map([...byProfile.values()].map((members) => [members[0] ?? '', members]));
}

export function exploreTree(tree: Tree, context: TreeContext): Reach {
  const states = new Map<string, Facts>();
  const reachedWith = new Map<string, ReachedWith>();
  const isps = directoryClasses(tree, context);
  const note = (id: string, facts: Facts) => {
    if (!states.has(id)) {
      states.set(id, facts);
    }
    const known = reachedWith.get(id) ?? {};
    for (const fact of rankingFacts) {
      const value = facts[fact];
      if (value !== undefined) {
        // An ISP that stood for others reaches the node for all of them.
        const values = fact === 'isp' ? (isps.get(value) ?? [value]) : [value];
        known[fact] = new Set([...(known[fact] ?? []), ...values]);
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
    const values = node.directory ? [...isps.keys(), otherIsp] : (node.options ?? []).map((o) => o.id);
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
