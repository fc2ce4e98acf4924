import type { Root } from 'hast';

import type { Option } from '@/lib/troubleshoot/engine';
import { toQuery, withFact } from '@/lib/vocabulary/query';
import { factNames, type FactName, type Facts } from '@/lib/vocabulary/facts';

import { Markdown } from './markdown';

type Props = {
  id: FactName;
  text: string;
  help: Array<Root>;
  options: ReadonlyArray<Option>;
  facts: Facts;
  /** The ISP question: a list too long for links, so a select in a GET form. */
  directory?: { options: ReadonlyArray<Option & { group: string }>; other: Option } | undefined;
};

/** The current question; every answer is a plain link (or a GET form), so it works without JavaScript. */
export function QuestionView({ id, text, help, options, facts, directory }: Props) {
  const href = (value: string) => `/troubleshoot?${toQuery(withFact(facts, id, value))}#step`;
  return (
    <section className="question" aria-labelledby="question-title">
      <h2 id="question-title">{text}</h2>
      {help.map((tree, i) => (
        <div key={i} className="question-help prose">
          <Markdown tree={tree} />
        </div>
      ))}
      {directory ? (
        <>
          <form className="isp-form" action="/troubleshoot#step" method="get">
            {factNames
              .filter((name) => name !== id && facts[name] !== undefined)
              .map((name) => (
                <input key={name} type="hidden" name={name} value={facts[name]} />
              ))}
            <label htmlFor="isp-select">Internet provider</label>
            <select id="isp-select" name={id} required defaultValue="">
              <option value="" disabled>
                Choose your provider
              </option>
              {[...new Set(directory.options.map((o) => o.group))].map((group) => (
                <optgroup key={group} label={group}>
                  {directory.options
                    .filter((o) => o.group === group)
                    .map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
            <button type="submit">Continue</button>
          </form>
          <p>
            <a className="choice" href={href(directory.other.id)}>
              {directory.other.label}
            </a>
          </p>
        </>
      ) : (
        <ul className="choices">
          {options.map((o) => (
            <li key={o.id}>
              <a className="choice" href={href(o.id)}>
                {o.label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
