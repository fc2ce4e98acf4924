import type { Metadata } from 'next';

import { getAgentData } from '@/lib/agents';
import { getAssistant } from '@/lib/troubleshoot';
import { toQuery } from '@/lib/vocabulary/query';

export const metadata: Metadata = {
  title: 'Troubleshooting tree map',
  description: 'Every node of the troubleshooting tree, its options and where they lead.',
  robots: { index: false, follow: false },
};

/** The troubleshooter state that reaches a node, in the agent view. */
const stateLink = (facts: Record<string, string> | undefined) =>
  `/troubleshoot?${toQuery(facts ?? {}, { view: 'agent' })}`;

export default async function TreeMapPage() {
  const [assistant, { reach }] = await Promise.all([getAssistant(), getAgentData()]);
  const nodes = Object.entries(assistant.tree.nodes);
  const outcomes = nodes.filter(([, n]) => n.kind === 'outcome').length;
  return (
    <>
      <h1>Troubleshooting tree</h1>
      <p className="lead">
        {nodes.length} nodes: {nodes.filter(([, n]) => n.kind === 'question').length} questions,{' '}
        {nodes.filter(([, n]) => n.kind === 'check').length} checks and {outcomes} outcomes. It starts at{' '}
        <a href={`#node-${assistant.tree.start}`}>
          <code>{assistant.tree.start}</code>
        </a>
        . Each node links to a troubleshooter state that reaches it.
      </p>
      <ol className="tree-map">
        {nodes.map(([id, node]) => (
          <li key={id} id={`node-${id}`} className="tree-node">
            <h2>
              <code>{id}</code> <span className="answer-kind">{node.kind}</span>
            </h2>
            {node.kind === 'question' ? <p>{node.text}</p> : null}
            {node.kind === 'check' ? <p>Branches on {node.on} without asking.</p> : null}
            {'note' in node && node.note ? <p className="meta">Note: {node.note}</p> : null}
            {node.kind === 'question' ? (
              node.directory ? (
                <p>
                  Every ISP in the directory, or &ldquo;{node.directory.otherLabel}&rdquo;, →{' '}
                  <a href={`#node-${node.directory.next}`}>{node.directory.next}</a>
                </p>
              ) : (
                <ul>
                  {(node.options ?? []).map((o) => (
                    <li key={o.id}>
                      <code>{o.id}</code> {o.label} → <a href={`#node-${o.next}`}>{o.next}</a>
                    </li>
                  ))}
                </ul>
              )
            ) : null}
            {node.kind === 'check' ? (
              <ul>
                {Object.entries(node.branches).map(([value, next]) => (
                  <li key={value}>
                    <code>{value}</code> → <a href={`#node-${next}`}>{next}</a>
                  </li>
                ))}
                {node.otherwise ? (
                  <li>
                    otherwise → <a href={`#node-${node.otherwise}`}>{node.otherwise}</a>
                  </li>
                ) : null}
              </ul>
            ) : null}
            {node.kind === 'outcome' ? (
              <p>
                Answer: <a href={`/answers/${node.answer ?? id}`}>{node.answer ?? id}</a>
              </p>
            ) : null}
            <p>
              <a href={stateLink(reach.get(id))}>Open this step</a>
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
