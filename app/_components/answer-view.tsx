import type { Answer } from '@/lib/content/library';
import { extractSection } from '@/lib/content/sections';
import { answerFactNames, requestFactNames } from '@/lib/state-pages';
import { caseValues, stepsChoices, stepsFor } from '@/lib/troubleshoot/case';
import type { Assistant } from '@/lib/troubleshoot';
import { fillCase, personalise } from '@/lib/troubleshoot/personalise';
import { toQuery } from '@/lib/vocabulary/query';
import type { Facts } from '@/lib/vocabulary/facts';

import { IspDetails } from './isp-details';
import { Markdown } from './markdown';

/** The facts an answer's permalink keeps: the ones that personalise it. */
export function answerFacts(facts: Facts): Facts {
  return Object.fromEntries(
    answerFactNames.flatMap((name) => (facts[name] === undefined ? [] : [[name, facts[name]]])),
  );
}

/** The request letter form, prefilled with what the case already knows (never contact details). */
export function requestPath(facts: Facts): string {
  const query = new URLSearchParams(
    requestFactNames.flatMap((name) => (facts[name] === undefined ? [] : [[name, facts[name]]])),
  ).toString();
  return `/request${query ? `?${query}` : ''}`;
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
  const steps = answer.embed ? stepsFor(facts, assistant.tree) : undefined;
  const [stepsSlug = '', stepsId = ''] = steps?.article.split('#') ?? [];
  const stepsArticle = assistant.articles.get(stepsSlug);
  const stepsTree = stepsArticle && stepsId ? extractSection(stepsArticle, stepsId) : undefined;
  const isp = facts.isp === undefined ? undefined : assistant.isps.get(facts.isp);
  const reply = `${fillCase(answer.reply, values)}\n\n${permalink}`;
  return (
    <article className="answer" aria-labelledby="answer-title">
      <p className="answer-kind">{kindLabel[answer.kind]}</p>
      <Title id="answer-title">{fillCase(answer.title, values)}</Title>
      <p className="lead">{fillCase(answer.summary, values)}</p>
      {answer.kind === 'letter' ? (
        <p className="cta-row">
          <a className="button" href={requestPath(facts)}>
            Write the request letter
          </a>
        </p>
      ) : null}
      <div className="article-body prose">
        <Markdown tree={personalise(answer.tree, values)} />
      </div>
      {answer.embed ? (
        <section className="steps prose" aria-labelledby="steps-title">
          {steps && stepsTree && stepsArticle ? (
            <>
              <Sub id="steps-title">Steps for {steps.label}</Sub>
              <div className="article-body">
                <Markdown tree={stepsTree} />
              </div>
              <p className="meta">
                From <a href={`/articles/${steps.article}`}>{stepsArticle.title}</a>
              </p>
            </>
          ) : (
            <>
              <Sub id="steps-title">Step-by-step settings</Sub>
              <p>Show the steps for:</p>
              <ul className="link-list">
                {stepsChoices(facts, assistant.tree).map((c) => (
                  <li key={c.value}>
                    <a href={`?${toQuery({ ...facts, [c.fact]: c.value })}#steps-title`}>{c.label}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}
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
