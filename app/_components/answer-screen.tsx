import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getAssistant } from '@/lib/troubleshoot';
import { caseValues } from '@/lib/troubleshoot/case';
import { fillCase } from '@/lib/troubleshoot/personalise';
import { parseFacts } from '@/lib/vocabulary/query';
import { absoluteUrl } from '@/lib/site-url';

import { AnswerView, answerFacts, answerPath } from './answer-view';
import { Breadcrumbs } from './breadcrumbs';

export async function answerMetadata(id: string): Promise<Metadata> {
  const answer = (await getAssistant()).answers.get(id);
  if (!answer) {
    return {};
  }
  const title = fillCase(answer.title, {});
  return {
    title,
    description: fillCase(answer.summary, {}),
    alternates: { canonical: `/answers/${answer.id}` },
    openGraph: { type: 'article', title, url: `/answers/${answer.id}` },
  };
}

/** One answer, personalised with the facts in the query (the ISP, the mail program, ...). */
export async function AnswerScreen({ id, query }: { id: string; query: URLSearchParams }) {
  const assistant = await getAssistant();
  const answer = assistant.answers.get(id);
  if (!answer) {
    notFound();
  }
  // A personalising parameter that makes no sense is dropped, not an error: the answer still helps.
  const parsed = parseFacts(query, assistant.ispSlugs);
  const facts = parsed.ok ? answerFacts(parsed.facts) : {};
  const values = caseValues(facts, assistant.tree, assistant.isps);
  return (
    <>
      <Breadcrumbs parent={{ href: '/troubleshoot', label: 'Troubleshooter' }} />
      <AnswerView
        answer={answer}
        facts={facts}
        assistant={assistant}
        level={1}
        permalink={absoluteUrl(assistant.config, answerPath(answer.id, facts))}
      />
      <p className="no-print">
        Not your situation? <a href="/troubleshoot">Answer a few questions</a> to find the right fix
        {values['case.isp'] ? ` for ${values['case.isp']}` : ''}.
      </p>
    </>
  );
}
