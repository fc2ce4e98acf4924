import type { Answer } from '@/lib/content/library';
import { extractSection, splitBody, stepsAfter } from '@/lib/content/sections';
import { requestFactNames } from '@/lib/state-pages';
import type { Assistant } from '@/lib/troubleshoot';
import { stepsChoices, stepsFor } from '@/lib/troubleshoot/case';
import { fillCase, personalise, type CaseValues } from '@/lib/troubleshoot/personalise';
import { toQuery } from '@/lib/vocabulary/query';
import type { Facts } from '@/lib/vocabulary/facts';

import { Markdown } from './markdown';

type Props = {
  answer: Answer;
  facts: Facts;
  assistant: Assistant;
  values: CaseValues;
  /** The level of the answer's own section headings (h2 on its page, h3 inside the troubleshooter). */
  sub: 'h2' | 'h3';
  /** Where the "show the steps for…" links go: the answer's own page, or this page. */
  choicesBase?: string;
};

/**
 * An answer's words in the order a customer acts on them: the explanation in a sentence or two (its
 * summary only if the body has none, so the two never repeat), what to do, the steps for their own
 * program or server right after that, and only then what to try if it still doesn't work.
 */
export function AnswerBody({ answer, facts, assistant, values, sub: Sub, choicesBase = '' }: Props) {
  const parts = splitBody(personalise(answer.tree, values), stepsAfter);
  const hasIntro = parts.intro.children.some((n) => n.type === 'element');
  const steps = answer.embed ? stepsFor(facts, assistant.tree) : undefined;
  const [stepsSlug = '', stepsId = ''] = steps?.article.split('#') ?? [];
  const stepsArticle = assistant.articles.get(stepsSlug);
  const stepsTree = stepsArticle && stepsId ? extractSection(stepsArticle, stepsId) : undefined;
  return (
    <>
      {hasIntro ? (
        <div className="lead prose">
          <Markdown tree={parts.intro} />
        </div>
      ) : (
        <p className="lead">{fillCase(answer.summary, values)}</p>
      )}
      {answer.kind === 'letter' ? (
        <p className="cta-row">
          <a className="button" href={requestPath(facts)}>
            Write the request letter
          </a>
        </p>
      ) : null}
      <div className="article-body prose">
        <Markdown tree={parts.upTo} />
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
                    <a href={`${choicesBase}?${toQuery({ ...facts, [c.fact]: c.value })}#steps-title`}>{c.label}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}
      {parts.rest.children.length > 0 ? (
        <div className="article-body prose">
          <Markdown tree={parts.rest} />
        </div>
      ) : null}
    </>
  );
}

/** The request letter form, prefilled with what the case already knows (never contact details). */
export function requestPath(facts: Facts): string {
  const query = new URLSearchParams(
    requestFactNames.flatMap((name) => (facts[name] === undefined ? [] : [[name, facts[name]]])),
  ).toString();
  return `/request${query ? `?${query}` : ''}`;
}
