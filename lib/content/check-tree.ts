// Build-time checks of the decision tree. Each problem names the node and says how to fix it.
import type { Problem } from './problems';
import type { TreeFile } from './schema';
import { checkValues, derivedFactValues, factNames, factValues, type FactName } from '../vocabulary/facts';
import { mostQuestions, successors } from './tree-paths';

type QuestionFile = Extract<TreeFile['nodes'][string], { kind: 'question' }>;

export type TreeReferences = {
  answers: ReadonlySet<string>;
  /** Article slug → its heading ids. */
  articles: ReadonlyMap<string, ReadonlySet<string>>;
  ispSlugs: ReadonlyArray<string>;
};

/** More questions than this on one path is not "as few questions as possible". */
export const maxQuestionsPerPath = 8;

const isFact = (name: string): name is FactName => (factNames as ReadonlyArray<string>).includes(name);

function checkArticleRef(ref: string, refs: TreeReferences): string | undefined {
  const [slug = '', id] = ref.split('#');
  const ids = refs.articles.get(slug);
  if (!ids) {
    return `there is no article content/articles/${slug}.md`;
  }
  return id === undefined || ids.has(id) ? undefined : `content/articles/${slug}.md has no heading with id "${id}"`;
}

function checkQuestion(id: string, q: QuestionFile, tree: TreeFile, refs: TreeReferences, say: (m: string) => void) {
  if (!isFact(id)) {
    say(`a question's id is the fact it asks; "${id}" is not one of ${factNames.join(', ')}`);
    return;
  }
  if (Boolean(q.options) === Boolean(q.directory)) {
    say('give either "options" or "directory" (the ISP list), not both and not neither');
  }
  if (q.directory) {
    if (id !== 'isp') {
      say('only the "isp" question can take its options from the directory');
    }
    if (!tree.nodes[q.directory.next]) {
      say(`directory.next leads to "${q.directory.next}", which is not a node; add it or fix the id`);
    }
  }
  const vocabulary: ReadonlyArray<string> = factValues[id] ?? [];
  const seen = new Set<string>();
  for (const o of q.options ?? []) {
    if (seen.has(o.id)) {
      say(`option "${o.id}" is listed twice`);
    }
    seen.add(o.id);
    if (!vocabulary.includes(o.id)) {
      say(`option "${o.id}" is not a value of "${id}"; use one of ${vocabulary.join(', ')}`);
    }
    if (!tree.nodes[o.next]) {
      say(`option "${o.id}" leads to "${o.next}", which is not a node; add it or fix the id`);
    }
    for (const [fact, values] of Object.entries(o.only ?? {})) {
      const allowed: ReadonlyArray<string> = factValues[fact as FactName] ?? refs.ispSlugs;
      for (const v of values.filter((v) => !allowed.includes(v))) {
        say(`option "${o.id}": only.${fact} has "${v}", which is not a value of "${fact}"`);
      }
    }
    const broken = o.article === undefined ? undefined : checkArticleRef(o.article, refs);
    if (broken) {
      say(`option "${o.id}": article "${o.article}": ${broken}`);
    }
  }
  if (q.options) {
    const missing = vocabulary.filter((v) => !seen.has(v));
    if (missing.length > 0) {
      say(
        `no option for ${missing.map((v) => `"${v}"`).join(', ')}; a link may set ${id}=${missing[0]}, so every value needs an option (use "only" to hide one)`,
      );
    }
  }
  if (q.helpBy) {
    const values: ReadonlyArray<string> = factValues[q.helpBy.fact] ?? [];
    const keys = Object.keys(q.helpBy.variants);
    for (const k of keys.filter((k) => !values.includes(k))) {
      say(`helpBy.variants has "${k}", which is not a value of "${q.helpBy.fact}"`);
    }
  }
}

function findCycle(tree: TreeFile): Array<string> | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: Array<string> = [];
  const visit = (id: string): Array<string> | undefined => {
    if (state.get(id) === 'done' || !tree.nodes[id]) {
      return undefined;
    }
    if (state.get(id) === 'open') {
      return [...stack.slice(stack.indexOf(id)), id];
    }
    state.set(id, 'open');
    stack.push(id);
    for (const next of successors(tree, id)) {
      const cycle = visit(next);
      if (cycle) {
        return cycle;
      }
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of Object.keys(tree.nodes)) {
    const cycle = visit(id);
    if (cycle) {
      return cycle;
    }
  }
  return undefined;
}

export function checkTree(tree: TreeFile, refs: TreeReferences, file: string): Array<Problem> {
  const problems: Array<Problem> = [];
  const at = (id: string) => (message: string) => problems.push({ file, message: `node "${id}": ${message}` });
  if (!tree.nodes[tree.start]) {
    problems.push({ file, message: `start is "${tree.start}", which is not a node` });
    return problems;
  }
  const usedAnswers = new Set<string>();
  for (const [id, node] of Object.entries(tree.nodes)) {
    const say = at(id);
    if (node.kind === 'question') {
      checkQuestion(id, node, tree, refs, say);
    } else if (node.kind === 'outcome') {
      const answer = node.answer ?? id;
      usedAnswers.add(answer);
      if (!refs.answers.has(answer)) {
        say(`its answer "${answer}" has no file content/answers/${answer}.md; write it or fix the id`);
      }
    } else {
      const values = checkValues(node.on, refs.ispSlugs);
      if (!values) {
        say(`checks "${node.on}", which is neither a fact nor a derived fact (${Object.keys(derivedFactValues).join(', ')})`);
        continue;
      }
      for (const [value, next] of Object.entries(node.branches)) {
        if (!values.includes(value)) {
          say(`branch "${value}" is not a value of "${node.on}"; use one of ${values.join(', ')}`);
        }
        if (!tree.nodes[next]) {
          say(`branch "${value}" leads to "${next}", which is not a node; add it or fix the id`);
        }
      }
      if (node.otherwise !== undefined && !tree.nodes[node.otherwise]) {
        say(`otherwise leads to "${node.otherwise}", which is not a node; add it or fix the id`);
      }
      const uncovered = values.filter((v) => !(v in node.branches));
      const mayBeUnknown = !(node.on in derivedFactValues);
      if (node.otherwise === undefined && (uncovered.length > 0 || mayBeUnknown)) {
        say(
          uncovered.length > 0
            ? `no branch for ${uncovered.join(', ')} and no "otherwise"; add one of them`
            : `"${node.on}" may not be known yet when the walk gets here; add "otherwise"`,
        );
      }
    }
  }
  const cycle = findCycle(tree);
  if (cycle) {
    problems.push({
      file,
      message: `the tree loops: ${cycle.join(' → ')}; a path must always move towards an outcome`,
    });
    return problems;
  }
  const reached = new Set<string>();
  const queue = [tree.start];
  while (queue.length > 0) {
    const id = queue.shift() ?? '';
    if (!reached.has(id)) {
      reached.add(id);
      queue.push(...successors(tree, id));
    }
  }
  for (const id of Object.keys(tree.nodes).filter((n) => !reached.has(n))) {
    at(id)('cannot be reached from the start; link to it from an option or a check, or remove it');
  }
  for (const answer of [...refs.answers].filter((a) => !usedAnswers.has(a))) {
    problems.push({
      file,
      message: `content/answers/${answer}.md is not the answer of any outcome node; add an outcome for it or remove the file`,
    });
  }
  const longest = mostQuestions(tree);
  if (longest.count > maxQuestionsPerPath) {
    problems.push({
      file,
      message: `one path asks ${longest.count} questions (${longest.path.join(' → ')}); keep every path to ${maxQuestionsPerPath} or fewer`,
    });
  }
  return problems;
}
