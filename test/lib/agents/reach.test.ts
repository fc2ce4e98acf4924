// The tree map's "Open this step" links, on the real tree and the real ISP directory.
import { beforeAll, expect, test } from 'vitest';

import { statesReaching } from '@/lib/agents/reach';
import { loadLibrary, type Library } from '@/lib/content/library';
import type { TreeContext } from '@/lib/troubleshoot/derive';
import { walk } from '@/lib/troubleshoot/engine';
import type { Facts } from '@/lib/vocabulary/facts';

let library: Library;
let context: TreeContext;
let reach: Map<string, Facts>;

beforeAll(async () => {
  library = await loadLibrary();
  context = { isps: new Map(library.isps.map((i) => [i.slug, i])), config: library.config };
  reach = statesReaching(library.tree, context);
});

test('every node of the tree has a state that reaches it, however many ISPs the directory holds', () => {
  const missing = Object.keys(library.tree.nodes).filter((id) => !reach.has(id));
  expect(missing).toEqual([]);
});

test('each state really walks through its node or stops there', () => {
  for (const [id, facts] of reach) {
    const state = walk(library.tree, facts, context);
    const passed = state.steps.some((s) => s.id === id) || state.id === id;
    expect(passed, `${id} from ${JSON.stringify(facts)}`).toBe(true);
  }
});

test('ISPs the map lets stand for each other walk every reached state alike', () => {
  // The map tries one ISP per set of port 25 statuses; that is only right while the tree cannot
  // tell such ISPs apart anywhere.
  const statuses = (slug: string) =>
    JSON.stringify(Object.entries(context.isps.get(slug)?.port25 ?? {}).map(([c, e]) => [c, e?.status]));
  let compared = 0;
  for (const facts of reach.values()) {
    if (facts.isp === undefined || !context.isps.has(facts.isp)) {
      continue;
    }
    const path = (isp: string) => {
      const state = walk(library.tree, { ...facts, isp }, context);
      return [...state.steps.map((s) => s.id), state.id].join(' > ');
    };
    for (const other of context.isps.keys()) {
      if (other !== facts.isp && statuses(other) === statuses(facts.isp)) {
        expect(path(other), `${other} instead of ${facts.isp}`).toBe(path(facts.isp));
        compared++;
      }
    }
  }
  expect(compared).toBeGreaterThan(0);
});
