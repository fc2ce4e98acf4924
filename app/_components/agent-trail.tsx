import type { Assistant } from '@/lib/troubleshoot';
import { walk } from '@/lib/troubleshoot/engine';
import type { Facts } from '@/lib/vocabulary/facts';

/**
 * The agent view of an assistant page (?view=agent): every node the walk passed, checks included,
 * with ids, the values that decided and the notes authors left for agents.
 */
export function AgentTrail({ assistant, facts }: { assistant: Assistant; facts: Facts }) {
  const state = walk(assistant.tree, facts, assistant.context);
  const answer = state.kind === 'outcome' ? assistant.answers.get(state.answer) : undefined;
  return (
    <aside className="agent-trail" aria-labelledby="agent-trail-title">
      <h2 id="agent-trail-title">Agent view</h2>
      <ol>
        {state.steps.map((step) => (
          <li key={step.id}>
            <code>{step.id}</code> ({step.kind}
            {step.kind === 'check' ? ` on ${step.check.on}` : ''}):{' '}
            {step.kind === 'check' ? `${String(step.value ?? 'unknown')} → ` : ''}
            {step.kind === 'check' ? (
              <code>{step.next}</code>
            ) : (
              <>
                {step.option.label} → <code>{step.option.next}</code>
              </>
            )}
            {step.kind === 'check' && step.check.note ? <p className="meta">{step.check.note}</p> : null}
          </li>
        ))}
        <li>
          Now at <code>{state.id}</code> ({state.kind})
          {answer ? (
            <>
              : answer <code>{answer.id}</code> ({answer.kind}), file <code>{answer.file}</code>
            </>
          ) : null}
        </li>
      </ol>
      <p className="meta">
        <a href="/agents/tree">The whole tree</a> · <a href="/agents">Agent console</a>
      </p>
    </aside>
  );
}
