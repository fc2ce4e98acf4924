// The plain-text case summary a customer copies into a ticket, or sends to support: what we know,
// the answers given, the diagnosis of a pasted error, the outcome, and the exact links.
import type { Answer, IspEntry, LoadedTree } from '../content/library';
import type { DiagnoseRules } from '../content/schema';
import { answeredSteps, walk } from '../troubleshoot/engine';
import type { TreeContext } from '../troubleshoot/derive';
import { caseValues } from '../troubleshoot/case';
import { fillCase } from '../troubleshoot/personalise';
import { toQuery } from '../vocabulary/query';
import type { FactName, Facts } from '../vocabulary/facts';
import { factTitle } from '../vocabulary/words';

export type SummaryContext = {
  siteName: string;
  baseUrl: string;
  tree: LoadedTree;
  context: TreeContext;
  answers: ReadonlyMap<string, Answer>;
  isps: ReadonlyMap<string, IspEntry>;
  diagnoses: DiagnoseRules['diagnoses'];
};

/** Facts that shape the answer, named for a support agent. */
const knownFacts = ['isp', 'connection', 'client', 'server'] as const satisfies ReadonlyArray<keyof typeof factTitle>;

function factLabel(fact: FactName, value: string, s: SummaryContext): string {
  if (fact === 'isp') {
    return s.isps.get(value)?.name ?? 'another provider';
  }
  const node = s.tree.nodes[fact];
  return (node?.kind === 'question' ? node.options?.find((o) => o.id === value)?.label : undefined) ?? value;
}

export function buildSummary(facts: Facts, s: SummaryContext, date: string): string {
  const state = walk(s.tree, facts, s.context);
  const query = toQuery(facts);
  const lines: Array<string> = [`${s.siteName}: case summary (${date})`, ''];
  const answered = answeredSteps(state.steps);
  lines.push('What we know:');
  for (const step of answered) {
    lines.push(`- ${step.question.text} ${step.option.label}`);
  }
  // Facts the walk did not ask (they came with a link or a pasted error) still belong in a ticket.
  for (const fact of knownFacts) {
    const value = facts[fact];
    if (value !== undefined && !answered.some((st) => st.id === fact)) {
      lines.push(`- ${factTitle[fact]}: ${factLabel(fact, value, s)}`);
    }
  }
  if (lines.at(-1) === 'What we know:') {
    lines.push('- Nothing yet.');
  }
  const diagnosis = facts.diagnosis ? s.diagnoses[facts.diagnosis as keyof DiagnoseRules['diagnoses']] : undefined;
  if (diagnosis) {
    // Our reading, in our words: the customer's pasted text is never kept, so it cannot be quoted.
    lines.push(
      '',
      `Our reading of the pasted error (the text itself was not kept): ${diagnosis.title}. ${diagnosis.explain}`,
    );
  }
  lines.push('');
  if (state.kind === 'outcome') {
    const answer = s.answers.get(state.answer);
    const values = caseValues(facts, s.tree, s.isps);
    const answerQuery = toQuery(
      Object.fromEntries(
        Object.entries({
          sender: facts.sender,
          client: facts.client,
          server: facts.server,
          isp: facts.isp,
          connection: facts.connection,
        }).filter(([, v]) => v !== undefined),
      ),
    );
    lines.push(`Outcome: ${answer ? fillCase(answer.title, values) : state.answer}`);
    if (answer) {
      lines.push(fillCase(answer.summary, values));
    }
    lines.push(`Answer: ${s.baseUrl}/answers/${state.answer}${answerQuery ? `?${answerQuery}` : ''}`);
  } else {
    lines.push(`Not finished: the next question is "${state.question.text}"`);
  }
  lines.push(`This conversation: ${s.baseUrl}/chat${query ? `?${query}` : ''}`);
  lines.push(`The same steps as pages: ${s.baseUrl}/troubleshoot${query ? `?${query}` : ''}`);
  return `${lines.join('\n')}\n`;
}
