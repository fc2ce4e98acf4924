// For the agents' tree map: a state (URL facts) that reaches each node of the tree, found by
// walking the real tree breadth-first from the start, so every link opens that exact step.
import type { Tree } from '../content/schema';
import { derivations, type TreeContext } from '../troubleshoot/derive';
import { walk } from '../troubleshoot/engine';
import { toQuery } from '../vocabulary/query';
import { ispConnections, otherIsp, type Facts } from '../vocabulary/facts';

/** Enough for every path of a tree with a handful of questions; a bigger tree would say so in the map. */
const maxStates = 50_000;

/** Whether a check or an option condition reads the ISP itself rather than what the directory says of it. */
function treeReadsIsp(tree: Tree): boolean {
  return Object.values(tree.nodes).some(
    (node) =>
      (node.kind === 'check' && node.on === 'isp') ||
      (node.kind === 'question' && (node.options ?? []).some((o) => o.only !== undefined && 'isp' in o.only)),
  );
}

/**
 * The ISPs worth trying at the directory question. The tree sees an ISP only through the derived
 * facts (today its port 25 status on each connection type), so ISPs that derive the same values
 * on every connection take every path alike and one of them stands for all: with dozens of ISPs,
 * trying each would multiply the states past the bound before the deeper nodes are reached.
 */
function directoryValues(tree: Tree, context: TreeContext): Array<string> {
  const slugs = [...context.isps.keys()].sort();
  if (treeReadsIsp(tree)) {
    return [...slugs, otherIsp];
  }
  const profiles = new Map<string, string>();
  for (const slug of slugs) {
    const profile = ispConnections
      .flatMap((connection) => Object.values(derivations).map((derive) => derive({ isp: slug, connection }, context)))
      .join();
    if (!profiles.has(profile)) {
      profiles.set(profile, slug);
    }
  }
  return [...profiles.values(), otherIsp];
}

export function statesReaching(tree: Tree, context: TreeContext): Map<string, Facts> {
  const reached = new Map<string, Facts>();
  const queue: Array<Facts> = [{}];
  const seen = new Set<string>(['']);
  const ispValues = directoryValues(tree, context);
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
    const values = node.directory ? ispValues : (node.options ?? []).map((o) => o.id);
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
