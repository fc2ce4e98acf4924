import type { Metadata } from 'next';

import { caseSummary } from '@/lib/chat';
import { getAssistant } from '@/lib/troubleshoot';
import { parseFacts } from '@/lib/troubleshoot/query';
import { factNames, type FactName } from '@/lib/troubleshoot/vocabulary';

import { AgentTrail } from '../_components/agent-trail';
import { Chat } from '../_components/chat';

type Props = { searchParams: Promise<Record<string, string | Array<string> | undefined>> };

const first = (v: string | Array<string> | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const hasState = Object.keys(await searchParams).length > 0;
  return {
    title: 'Chat: get your mail sending again',
    description: 'Answer a few questions, or paste your error, and get the fix for email that will not send.',
    alternates: { canonical: '/chat' },
    ...(hasState ? { robots: { index: false, follow: false } } : {}),
  };
}

export default async function ChatPage({ searchParams }: Props) {
  const [assistant, query] = await Promise.all([getAssistant(), searchParams]);
  const parsed = parseFacts(query, assistant.ispSlugs);
  const embed = first(query.view) === 'embed';
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
  const heard = (first(query.heard) ?? '')
    .split(',')
    .filter((f): f is FactName => (factNames as ReadonlyArray<string>).includes(f));
  const summary = await caseSummary(parsed.facts);
  return (
    <>
      <Chat
        assistant={assistant}
        facts={parsed.facts}
        heard={heard}
        missed={first(query.miss) === '1'}
        embed={embed}
        summary={summary}
      />
      {first(query.view) === 'agent' ? <AgentTrail assistant={assistant} facts={parsed.facts} /> : null}
    </>
  );
}
