import type { Assistant } from '@/lib/troubleshoot';
import { answeredSteps, optionsFor, walk, type AnsweredStep } from '@/lib/troubleshoot/engine';
import { mostQuestions } from '@/lib/content/tree-paths';
import { toQuery } from '@/lib/vocabulary/query';
import type { Facts } from '@/lib/vocabulary/facts';
import { absoluteUrl } from '@/lib/site-url';

import { AnswerView, answerPath } from './answer-view';
import { CaseSummary } from './case-summary';
import { countryName } from './isp-labels';
import { PasteBox } from './paste-box';
import { QuestionView } from './question-view';

/** One state of the assistant: progress, the answers so far, and the current question or the outcome. */
export function Troubleshooter({ assistant, facts }: { assistant: Assistant; facts: Facts }) {
  const state = walk(assistant.tree, facts, assistant.context);
  const answered = answeredSteps(state.steps);
  // An upper bound: the most questions any path from here can still ask, given the answers so far.
  const remaining = state.kind === 'question' ? mostQuestions(assistant.tree, state.id, facts).count : 0;
  const total = answered.length + remaining;
  const optionsOf = (step: AnsweredStep) => optionsFor(step.question, facts, assistant.context);
  const fromError = facts.diagnosis ? assistant.diagnoses[facts.diagnosis as keyof Assistant['diagnoses']] : undefined;
  return (
    // Every answer links to the next state at #step, so a new page opens here, not at the top: the
    // next Tab reaches the next question's first answer, with no header links to pass first.
    <div className="troubleshooter" id="step">
      {fromError ? (
        <p className="from-error" role="status">
          From your error: <strong>{fromError.title}</strong>. We filled in what it told us.
        </p>
      ) : null}
      <div className="progress no-print">
        <p id="progress-label">
          {state.kind === 'question'
            ? `Question ${answered.length + 1}${remaining === 1 ? ': the last one' : ''}`
            : `Done: ${answered.length} ${answered.length === 1 ? 'answer' : 'answers'}`}
        </p>
        <progress
          aria-labelledby="progress-label"
          max={total}
          value={state.kind === 'question' ? answered.length : total}
        />
      </div>
      {state.kind === 'question' ? (
        <QuestionView
          id={state.id}
          text={state.question.text}
          help={helpFor(assistant, state.id, facts)}
          options={state.options}
          facts={facts}
          directory={
            state.question.directory
              ? {
                  options: state.options
                    .filter((o) => assistant.isps.has(o.id))
                    .map((o) => ({ ...o, group: countryName(assistant.isps.get(o.id)?.country ?? 'global') }))
                    .sort((a, b) => a.group.localeCompare(b.group) || a.label.localeCompare(b.label)),
                  other: state.options.find((o) => !assistant.isps.has(o.id)) ?? state.options[0]!,
                }
              : undefined
          }
        />
      ) : (
        <Outcome assistant={assistant} facts={facts} answerId={state.answer} />
      )}
      {state.kind === 'question' && (state.id === 'sender' || state.id === 'symptom') ? (
        <PasteBox query={toQuery(facts)} />
      ) : null}
      <CaseSummary steps={answered} facts={facts} options={optionsOf} />
      <p className="no-print">
        <a href="/troubleshoot">Start over</a>
      </p>
    </div>
  );
}

function Outcome({ assistant, facts, answerId }: { assistant: Assistant; facts: Facts; answerId: string }) {
  const answer = assistant.answers.get(answerId);
  if (!answer) {
    throw new Error(`Answer "${answerId}" is missing; the tree checks should have caught it.`);
  }
  const path = answerPath(answer.id, facts);
  return (
    <>
      <AnswerView
        answer={answer}
        facts={facts}
        assistant={assistant}
        level={2}
        permalink={absoluteUrl(assistant.config, path)}
      />
      <p className="permalink">
        Link to this answer: <a href={path}>{absoluteUrl(assistant.config, path)}</a>
      </p>
    </>
  );
}

function helpFor(assistant: Assistant, id: string, facts: Facts) {
  const help = assistant.tree.help.get(id);
  const node = assistant.tree.nodes[id];
  const byFact = node?.kind === 'question' ? node.helpBy?.fact : undefined;
  const variant = byFact && facts[byFact] !== undefined ? help?.byValue.get(facts[byFact]) : undefined;
  return [help?.always, variant].filter((t) => t !== undefined);
}
