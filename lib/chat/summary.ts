// The plain-text case summary a customer copies into a ticket, or sends to support: what we know,
// the answers given, the diagnosis of a pasted error, the outcome, and the exact links.
import type { Answer, IspEntry, LoadedTree } from '../content/library';
import type { DiagnoseRules } from '../content/schema';
import { answeredSteps, walk } from '../troubleshoot/engine';
import type { TreeContext } from '../troubleshoot/derive';
import { caseValues } from '../troubleshoot/case';
import { fillCase } from '../troubleshoot/personalise';
import { toQuery } from '../vocabulary/query';
import type { Facts } from '../vocabulary/facts';

export type SummaryContext = {
  siteName: string;
  baseUrl: string;
  tree: LoadedTree;
  context: TreeContext;
  answers: ReadonlyMap<string, Answer>;
  isps: ReadonlyMap<string, IspEntry>;
  diagnoses: DiagnoseRules['diagnoses'];
};

export function buildSummary(facts: Facts, s: SummaryContext, date: string): string {
  const state = walk(s.tree, facts, s.context);
  const query = toQuery(facts);
  const lines: Array<string> = [`${s.siteName}: case summary (${date})`, ''];
  const isp = facts.isp ? s.isps.get(facts.isp) : undefined;
  lines.push('What we know:');
  for (const step of answeredSteps(state.steps)) {
    lines.push(`- ${step.question.text} ${step.option.label}`);
  }
  if (answeredSteps(state.steps).length === 0) {
    lines.push('- Nothing yet.');
  }
  if (isp && !answeredSteps(state.steps).some((st) => st.id === 'isp')) {
    lines.push(`- Internet provider: ${isp.name}`);
  }
  const diagnosis = facts.diagnosis ? s.diagnoses[facts.diagnosis as keyof DiagnoseRules['diagnoses']] : undefined;
  if (diagnosis) {
    lines.push('', `Pasted error: ${diagnosis.title}. ${diagnosis.explain}`);
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
