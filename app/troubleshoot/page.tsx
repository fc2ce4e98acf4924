import type { Metadata } from 'next';

import { getAssistant } from '@/lib/troubleshoot';
import { parseFacts } from '@/lib/troubleshoot/query';

import { AgentTrail } from '../_components/agent-trail';
import { Troubleshooter } from '../_components/troubleshooter';

type Props = { searchParams: Promise<Record<string, string | Array<string> | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const hasState = Object.keys(await searchParams).length > 0;
  return {
    title: 'Find out why your mail won’t send',
    description:
      'Answer a few questions about your mail program, your internet provider and the error, and get the fix.',
    alternates: { canonical: '/troubleshoot' },
    // Every state has its own URL for sharing; only the start belongs in search engines.
    ...(hasState ? { robots: { index: false, follow: false } } : {}),
  };
}

export default async function TroubleshootPage({ searchParams }: Props) {
  const [assistant, query] = await Promise.all([getAssistant(), searchParams]);
  const parsed = parseFacts(query, assistant.ispSlugs);
  return (
    <>
      <h1>Find out why your mail won&rsquo;t send</h1>
      {parsed.ok ? (
        <>
          <Troubleshooter assistant={assistant} facts={parsed.facts} />
          {query.view === 'agent' ? <AgentTrail assistant={assistant} facts={parsed.facts} /> : null}
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
