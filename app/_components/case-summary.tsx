import type { AnsweredStep } from '@/lib/troubleshoot/engine';
import { toQuery, withFact } from '@/lib/vocabulary/query';
import type { Facts } from '@/lib/vocabulary/facts';

type Props = {
  steps: ReadonlyArray<AnsweredStep>;
  facts: Facts;
  options: (step: AnsweredStep) => Array<{ id: string; label: string }>;
};

/**
 * The answers so far. Each can be changed in place: the other choices are links to the same state
 * with only that answer swapped, so later answers that still apply are kept.
 */
export function CaseSummary({ steps, facts, options }: Props) {
  if (steps.length === 0) {
    return null;
  }
  return (
    <section className="case-summary" aria-labelledby="case-title">
      <h2 id="case-title">Your answers</h2>
      <ol>
        {steps.map((step) => (
          <li key={step.id}>
            <span className="case-question">{step.question.text}</span>{' '}
            <strong className="case-answer">{step.option.label}</strong>
            <details className="change">
              <summary>
                Change<span className="visually-hidden"> the answer to: {step.question.text}</span>
              </summary>
              <ul>
                {options(step)
                  .filter((o) => o.id !== step.value)
                  .map((o) => (
                    <li key={o.id}>
                      <a href={`/troubleshoot?${toQuery(withFact(facts, step.id, o.id))}#step`}>{o.label}</a>
                    </li>
                  ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
