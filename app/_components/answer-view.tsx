import type { Answer } from '@/lib/content/library';
import { answerFactNames } from '@/lib/state-pages';
import { caseValues } from '@/lib/troubleshoot/case';
import type { Assistant } from '@/lib/troubleshoot';
import { fillCase } from '@/lib/troubleshoot/personalise';
import { toQuery } from '@/lib/vocabulary/query';
import type { Facts } from '@/lib/vocabulary/facts';

import { AnswerBody } from './answer-body';
import { IspDetails } from './isp-details';

/** The facts an answer's permalink keeps: the ones that personalise it. */
export function answerFacts(facts: Facts): Facts {
  return Object.fromEntries(
    answerFactNames.flatMap((name) => (facts[name] === undefined ? [] : [[name, facts[name]]])),
  );
}

export function answerPath(id: string, facts: Facts): string {
  const query = toQuery(answerFacts(facts));
  return `/answers/${id}${query ? `?${query}` : ''}`;
}

type Props = {
  answer: Answer;
  facts: Facts;
  assistant: Assistant;
  /** 1 on the answer's own page, 2 inside the troubleshooter. */
  level: 1 | 2;
  /** Absolute URL of this answer for this case, for the agent's reply. */
  permalink: string;
};

export function AnswerView({ answer, facts, assistant, level, permalink }: Props) {
  const values = caseValues(facts, assistant.tree, assistant.isps);
  const Title = level === 1 ? 'h1' : 'h2';
  const Sub = level === 1 ? 'h2' : 'h3';
  const isp = facts.isp === undefined ? undefined : assistant.isps.get(facts.isp);
  const reply = `${fillCase(answer.reply, values)}\n\n${permalink}`;
  return (
    <article className="answer" aria-labelledby="answer-title">
      <p className="answer-kind">{kindLabel[answer.kind]}</p>
      <Title id="answer-title">{fillCase(answer.title, values)}</Title>
      <AnswerBody answer={answer} facts={facts} assistant={assistant} values={values} sub={Sub} />
      {isp ? (
        <section className="isp-box prose" aria-labelledby="isp-title">
          <Sub id="isp-title">About {isp.name}</Sub>
          <p>{isp.summary}</p>
          <IspDetails isp={isp} connection={facts.connection} headingLevel={level === 1 ? 3 : 4} />
          <p>
            <a href={`/isps/${isp.slug}`}>Everything we know about {isp.name}</a>
          </p>
        </section>
      ) : null}
      {answer.sections.length > 0 ? (
        <section className="prose" aria-labelledby="more-title">
          <Sub id="more-title">Read more</Sub>
          <ul className="link-list">
            {answer.sections.map((ref) => {
              const [slug = '', id] = ref.split('#');
              const article = assistant.articles.get(slug);
              const heading = id ? article?.toc.flatMap((t) => [t, ...t.children]).find((t) => t.id === id) : undefined;
              return (
                <li key={ref}>
                  <a href={`/articles/${ref}`}>
                    {article?.title}
                    {heading ? `: ${heading.text}` : ''}
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <details className="agent-reply prose">
        <summary>Reply text for support agents</summary>
        <pre tabIndex={0}>{reply}</pre>
      </details>
    </article>
  );
}

const kindLabel: Record<Answer['kind'], string> = {
  remedy: 'The fix',
  letter: 'Ask your provider',
  escalate: 'Let us look',
  'not-a-port-block': 'Not a port block',
};
