import type { Metadata } from 'next';

import { caseSummary } from '@/lib/chat';
import { getAssistant } from '@/lib/troubleshoot';
import { parseFacts } from '@/lib/vocabulary/query';
import { factNames, type FactName } from '@/lib/vocabulary/facts';

import { AgentTrail } from './agent-trail';
import { stateTitle } from './state-title';
import { Chat } from './chat';

export async function chatMetadata(query: URLSearchParams): Promise<Metadata> {
  const state = await stateTitle(query);
  return {
    title: state ? `Chat: ${state}` : 'Chat: get your mail sending again',
    description: 'Answer a few questions, or paste your error, and get the fix for email that will not send.',
    alternates: { canonical: '/chat' },
    ...(query.size > 0 ? { robots: { index: false, follow: false } } : {}),
  };
}

/** The chat at the state a query describes, for /chat and its cached states. */
export async function ChatScreen({ query }: { query: URLSearchParams }) {
  const assistant = await getAssistant();
  const parsed = parseFacts(query, assistant.ispSlugs);
  if (!parsed.ok) {
    return (
      <div className="notice" role="alert">
        <h1>This chat link has a mistake in it</h1>
        <p>
          {parsed.problem.message}. <a href="/chat">Start a new chat</a>.
        </p>
      </div>
    );
  }
  const heard = (query.get('heard') ?? '')
    .split(',')
    .filter((f): f is FactName => (factNames as ReadonlyArray<string>).includes(f));
  const summary = await caseSummary(parsed.facts);
  return (
    <>
      <Chat
        assistant={assistant}
        facts={parsed.facts}
        heard={heard}
        missed={query.get('miss') === '1'}
        embed={query.get('view') === 'embed'}
        agent={query.get('view') === 'agent'}
        summary={summary}
      />
      {query.get('view') === 'agent' ? <AgentTrail assistant={assistant} facts={parsed.facts} /> : null}
    </>
  );
}
