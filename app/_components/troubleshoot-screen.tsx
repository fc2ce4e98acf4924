import type { Metadata } from 'next';

import { getAssistant } from '@/lib/troubleshoot';
import { parseFacts } from '@/lib/vocabulary/query';

import { stateTitle } from './state-title';

import { AgentTrail } from './agent-trail';
import { Troubleshooter } from './troubleshooter';

export async function troubleshootMetadata(query: URLSearchParams): Promise<Metadata> {
  return {
    // Each state's title names its question or answer: a new page announces where the reader is.
    title: (await stateTitle(query)) ?? "Find out why your mail won't send",
    description:
      'Answer a few questions about your mail program, your internet provider and the error, and get the fix.',
    alternates: { canonical: '/troubleshoot' },
    // Every state has its own URL for sharing; only the start belongs in search engines.
    ...(query.size > 0 ? { robots: { index: false, follow: false } } : {}),
  };
}

/** The troubleshooter at the state a query describes, for /troubleshoot and its cached states. */
export async function TroubleshootScreen({ query }: { query: URLSearchParams }) {
  const assistant = await getAssistant();
  const parsed = parseFacts(query, assistant.ispSlugs);
  return (
    <>
      <h1>Find out why your mail won't send</h1>
      {parsed.ok ? (
        <>
          <Troubleshooter assistant={assistant} facts={parsed.facts} />
          {query.get('view') === 'agent' ? <AgentTrail assistant={assistant} facts={parsed.facts} /> : null}
        </>
      ) : (
        <div className="notice" role="alert">
          <h2>This link has a mistake in it</h2>
          <p>
            {parsed.problem.message}. <a href="/troubleshoot">Start from the beginning</a> instead.
          </p>
        </div>
      )}
    </>
  );
}
