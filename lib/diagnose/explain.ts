// The explanation: what the text shows in plain words (a finding's headline where it says more
// than the diagnosis), the question that would decide what it cannot, and the facts it gives the
// troubleshooter. Wording is data (diagnoses.yaml); this only chooses.
import type { DiagnoseRules } from '../content/schema';
import type { ImpliedFacts } from './classify';
import type { Scored } from './score';

export type Explanation = {
  title: string;
  explain: string;
  article?: string;
  question?: string;
  implied: ImpliedFacts;
};

const portFacts = new Set(['25', '587', '465', '2525']);

export function explain(scored: Scored, rules: DiagnoseRules, gathered: ImpliedFacts, shownPort?: number): Explanation {
  const { scoring } = rules;
  const meaning = rules.diagnoses[scored.diagnosis];
  const finding = scored.finding ? rules.findings[scored.finding] : undefined;
  // The question that decides: the finding's, else the port's when the port is what is open,
  // else the one the open evidence names, else the diagnosis' own when we are unsure.
  let question: string | undefined = finding?.question;
  if (scored.portUnknown) {
    question ??= rules.questions.port;
  }
  if (scored.ask !== undefined && scored.alternatives.length > 0) {
    question ??= rules.questions[scored.ask];
  }
  const unsure = scored.confidence < scoring.confidence.ask;
  if (
    !question &&
    !finding &&
    (unsure || scored.diagnosis === 'unknown' || scored.diagnosis === 'connection-refused')
  ) {
    question = meaning.question;
  }

  const implied: ImpliedFacts = { ...gathered, ...(meaning.implies ?? {}), ...(finding?.implies ?? {}) };
  if (scored.diagnosis === 'unknown') {
    delete implied.symptom;
  }
  const port = scored.port === undefined ? undefined : String(scored.port);
  if (port && portFacts.has(port)) {
    implied.port = port;
  } else if (scored.portUnknown || (implied.port && !portFacts.has(implied.port))) {
    delete implied.port;
  }
  // A test that reached a server tells the troubleshooter that port is open.
  if (scored.finding === 'connected-only' && shownPort !== undefined) {
    if (shownPort === 25) {
      implied.t25 = 'open';
    } else {
      implied.t587 = 'open';
    }
  }
  const article = finding?.article ?? meaning.article;
  return {
    title: finding?.title ?? meaning.title,
    explain: finding?.explain ?? meaning.explain,
    ...(article ? { article } : {}),
    ...(question ? { question } : {}),
    implied,
  };
}
