// The assistant's engine: facts in, the next question or the outcome out. Pure: no I/O, no clock.
import type { CheckNode, QuestionNode, Tree, TreeOption } from '../content/schema';
import { checkValue, type TreeContext } from './derive';
import { otherIsp, type FactName, type Facts } from '../vocabulary/facts';

export type Option = Pick<TreeOption, 'id' | 'label' | 'next'> & Partial<Pick<TreeOption, 'name' | 'article'>>;

export type AnsweredStep = {
  kind: 'question';
  id: FactName;
  question: QuestionNode;
  value: string;
  option: Option;
};
export type CheckStep = { kind: 'check'; id: string; check: CheckNode; value: string | undefined; next: string };
export type Step = AnsweredStep | CheckStep;

export type Walk =
  | { kind: 'question'; id: FactName; question: QuestionNode; options: Array<Option>; steps: Array<Step> }
  | { kind: 'outcome'; id: string; answer: string; steps: Array<Step> };

/** The options a question offers in this case: `only` conditions applied, ISPs from the directory. */
export function optionsFor(question: QuestionNode, facts: Facts, context: TreeContext): Array<Option> {
  if (question.directory) {
    const { next, otherLabel } = question.directory;
    const isps = [...context.isps.values()].sort((a, b) => a.name.localeCompare(b.name));
    return [...isps.map((isp) => ({ id: isp.slug, label: isp.name, next })), { id: otherIsp, label: otherLabel, next }];
  }
  return (question.options ?? []).filter(
    (o) =>
      !o.only ||
      Object.entries(o.only).every(([fact, values]) => {
        const known = facts[fact as FactName];
        return known !== undefined && values.includes(known);
      }),
  );
}

/** The option a known value selects, even one hidden by `only` (a prefilled link may set it). */
function chosenOption(question: QuestionNode, value: string, context: TreeContext): Option | undefined {
  if (question.directory) {
    const isp = context.isps.get(value);
    const { next, otherLabel } = question.directory;
    return isp
      ? { id: value, label: isp.name, next }
      : value === otherIsp
        ? { id: value, label: otherLabel, next }
        : undefined;
  }
  return question.options?.find((o) => o.id === value);
}

/**
 * Follows the tree from the start: a question whose fact is known is passed with that answer, a
 * check takes its branch, and the walk stops at the first unanswered question or at an outcome.
 */
export function walk(tree: Tree, facts: Facts, context: TreeContext): Walk {
  const steps: Array<Step> = [];
  let id = tree.start;
  // The tree is checked to be acyclic; the bound only guards against a tree that skipped checks.
  for (let guard = 0; guard <= Object.keys(tree.nodes).length; guard++) {
    const node = tree.nodes[id];
    if (!node) {
      throw new Error(`The tree has no node "${id}"; it should have failed its checks at build time.`);
    }
    if (node.kind === 'outcome') {
      return { kind: 'outcome', id, answer: node.answer ?? id, steps };
    }
    if (node.kind === 'check') {
      const value = checkValue(node.on, facts, context);
      const next = (value === undefined ? undefined : node.branches[value]) ?? node.otherwise;
      if (next === undefined) {
        throw new Error(`Check "${id}" has no branch for ${String(value)} and no "otherwise".`);
      }
      steps.push({ kind: 'check', id, check: node, value, next });
      id = next;
      continue;
    }
    const fact = id as FactName;
    const value = facts[fact];
    const option = value === undefined ? undefined : chosenOption(node, value, context);
    if (value === undefined || !option) {
      return { kind: 'question', id: fact, question: node, options: optionsFor(node, facts, context), steps };
    }
    steps.push({ kind: 'question', id: fact, question: node, value, option });
    id = option.next;
  }
  throw new Error('The tree has a cycle; it should have failed its checks at build time.');
}

/** Questions the walk answered, in order: the case summary a customer can change. */
export function answeredSteps(steps: ReadonlyArray<Step>): Array<AnsweredStep> {
  return steps.filter((s): s is AnsweredStep => s.kind === 'question');
}
