import type { ReactNode } from 'react';

import type { Assistant } from '@/lib/troubleshoot';
import { caseValues } from '@/lib/troubleshoot/case';
import { answeredSteps, walk } from '@/lib/troubleshoot/engine';
import { fillCase } from '@/lib/troubleshoot/personalise';
import { toQuery, withFact } from '@/lib/vocabulary/query';
import { factNames, type FactName, type Facts } from '@/lib/vocabulary/facts';
import { absoluteUrl } from '@/lib/site-url';

import { chatSay } from '../chat/actions';
import { AnswerBody } from './answer-body';
import { answerPath } from './answer-view';
import { ChatFocus } from './chat-focus';
import { ChatInput } from './chat-input';
import { CopyButton } from './copy-button';
import { Feedback } from './feedback';
import { ispsByCountry } from './isp-labels';
import { Markdown } from './markdown';

type Props = {
  assistant: Assistant;
  facts: Facts;
  /** Facts the last message gave, for "I understood". */
  heard: Array<FactName>;
  /** The last message gave nothing we could use. */
  missed: boolean;
  embed: boolean;
  /** ?view=agent: each step's own link, for support agents. */
  agent: boolean;
  summary: string;
};

const chatPath = (facts: Facts, embed: boolean) => {
  const query = toQuery(facts, embed ? { view: 'embed' } : {});
  return `/chat${query ? `?${query}` : ''}`;
};

/** The next state's link, landing on its newest message: without JavaScript each turn is a new page. */
const turnPath = (facts: Facts, embed: boolean) => `${chatPath(facts, embed)}#latest`;

function Bot({ children, permalink, id }: { children: ReactNode; permalink?: string; id?: string }) {
  return (
    <li className="bubble bot" id={id} tabIndex={id ? -1 : undefined}>
      <span className="visually-hidden">Help says: </span>
      {children}
      {permalink ? (
        <a className="permalink-link" href={permalink}>
          Link to this step
        </a>
      ) : null}
    </li>
  );
}

/** An answer in the case: tapped, typed or given by a link, so not "you said". */
function You({ children }: { children: ReactNode }) {
  return (
    <li className="bubble you">
      <span className="visually-hidden">Your answer: </span>
      {children}
    </li>
  );
}

/** The troubleshooter as a conversation: the same URL state, rendered as turns. */
export function Chat({ assistant, facts, heard, missed, embed, agent, summary }: Props) {
  const state = walk(assistant.tree, facts, assistant.context);
  const steps = answeredSteps(state.steps);
  const values = caseValues(facts, assistant.tree, assistant.isps);
  const diagnosis = facts.diagnosis ? assistant.diagnoses[facts.diagnosis as keyof Assistant['diagnoses']] : undefined;
  const labelOf = (fact: FactName, value: string) => {
    if (fact === 'isp') {
      return assistant.isps.get(value)?.name ?? 'another provider';
    }
    const node = assistant.tree.nodes[fact];
    return (node?.kind === 'question' ? node.options?.find((o) => o.id === value)?.label : undefined) ?? value;
  };
  // What the last typed message gave is said once, as what we understood, not as turns the customer
  // never took; every other known answer reads as a question and its answer.
  const fromMessage = new Set(heard.filter((f) => facts[f] !== undefined));
  const heardSteps = steps.filter((s) => fromMessage.has(s.id));
  const heardOther = [...fromMessage].filter((f) => !heardSteps.some((s) => s.id === f));
  const started = steps.length > 0 || diagnosis !== undefined;
  const changeLink = (fact: FactName, what: string) => (
    <a className="change-link" href={turnPath(withFact(facts, fact, undefined), embed)}>
      Change<span className="visually-hidden"> {what}</span>
    </a>
  );
  const query = toQuery(facts, embed ? { view: 'embed' } : {});
  const say = chatSay.bind(null, query);
  const turn = toQuery(facts, { heard: heard.join(','), miss: missed ? '1' : '' });
  // Each step's state: the facts known before it was answered.
  const before = (index: number): Facts => {
    let f: Facts = { ...facts };
    for (const later of steps.slice(index)) {
      f = withFact(f, later.id, undefined);
    }
    return f;
  };

  return (
    <section className={embed ? 'chat chat-embed' : 'chat'} aria-labelledby="chat-title">
      <h1 id="chat-title" className={embed ? 'visually-hidden' : undefined}>
        Chat: get your mail sending again
      </h1>
      <div role="log" aria-live="polite" aria-label="Conversation">
        <ol className="chat-log">
          <Bot>
            Hi! I'll help you get your email sending again. Answer a few questions, tap an answer or type it. You can
            also paste the error message you see.
          </Bot>
          {diagnosis ? (
            <Bot>
              From the error you gave: <strong>{diagnosis.title}</strong>. {diagnosis.explain}
            </Bot>
          ) : null}
          {steps.map((step, i) =>
            fromMessage.has(step.id) ? null : (
              <li key={step.id} className="turn">
                <ol className="turn-pair">
                  <Bot permalink={agent ? chatPath(before(i), embed) : undefined}>{step.question.text}</Bot>
                  <You>
                    {step.option.label} {changeLink(step.id, 'this answer')}
                  </You>
                </ol>
              </li>
            ),
          )}
          {fromMessage.size > 0 ? (
            <Bot>
              From your message I understood:
              <ul className="understood">
                {heardSteps.map((step) => (
                  <li key={step.id}>
                    {step.option.label} {changeLink(step.id, `the answer to: ${step.question.text}`)}
                  </li>
                ))}
                {/* a fact the questions have not reached yet can be wrong too: its question comes back */}
                {heardOther.map((f) => (
                  <li key={f}>
                    {labelOf(f, facts[f] ?? '')} {changeLink(f, `what I understood: ${labelOf(f, facts[f] ?? '')}`)}
                  </li>
                ))}
              </ul>
            </Bot>
          ) : null}
          {missed ? (
            <Bot>
              Sorry, I didn't understand that, and I don't want to guess. Please pick one of the answers below, or say
              it another way.
            </Bot>
          ) : null}
          {state.kind === 'question' ? (
            <Bot id="latest" permalink={agent ? chatPath(facts, embed) : undefined}>
              <strong>{state.question.text}</strong>
              {[
                assistant.tree.help.get(state.id)?.always,
                state.question.helpBy && facts[state.question.helpBy.fact]
                  ? assistant.tree.help.get(state.id)?.byValue.get(facts[state.question.helpBy.fact] ?? '')
                  : undefined,
              ]
                .filter((t) => t !== undefined)
                .map((tree, i) => (
                  <div key={i} className="bubble-help">
                    <Markdown tree={tree} />
                  </div>
                ))}
            </Bot>
          ) : (
            <Outcome
              assistant={assistant}
              facts={facts}
              answerId={state.answer}
              values={values}
              embed={embed}
              agent={agent}
            />
          )}
        </ol>
      </div>
      {state.kind === 'outcome' ? (
        <Feedback target={`answer/${state.answer}`} returnTo={chatPath(facts, embed)} facts={facts} />
      ) : null}
      <ChatFocus turn={turn} first={!started && !missed} />
      {state.kind === 'question' ? (
        state.question.directory ? (
          <form className="isp-form chips-form" action="/chat#latest" method="get">
            {factNames
              .filter((name) => name !== state.id && facts[name] !== undefined)
              .map((name) => (
                <input key={name} type="hidden" name={name} value={facts[name]} />
              ))}
            {embed ? <input type="hidden" name="view" value="embed" /> : null}
            <label htmlFor="chat-isp">Choose your provider</label>
            <select id="chat-isp" name="isp" required defaultValue="">
              <option value="" disabled>
                Your provider
              </option>
              {ispsByCountry(assistant.isps.values()).map(([group, isps]) => (
                <optgroup key={group} label={group}>
                  {isps.map((isp) => (
                    <option key={isp.slug} value={isp.slug}>
                      {isp.name}
                    </option>
                  ))}
                </optgroup>
              ))}
              <option value="other">{state.question.directory.otherLabel}</option>
            </select>
            <button type="submit">Choose</button>
          </form>
        ) : (
          <ul className="chips" aria-label="Answers">
            {state.options.map((o) => (
              <li key={o.id}>
                <a className="chip" href={turnPath(withFact(facts, state.id, o.id), embed)}>
                  {o.label}
                </a>
              </li>
            ))}
          </ul>
        )
      ) : null}
      <ChatInput
        action={say}
        placeholder={
          state.kind === 'question'
            ? 'For example: Thunderbird, it times out, we use Comcast'
            : 'Ask about something else, or paste an error'
        }
      />
      {started ? (
        <section className="chat-summary" aria-labelledby="summary-title">
          <h2 id="summary-title">Case summary for a ticket</h2>
          <details>
            <summary>Show the summary</summary>
            <pre tabIndex={0}>{summary}</pre>
          </details>
          <p className="summary-actions">
            <CopyButton text={summary} label="Copy the summary" done="The summary was copied." />
            <a href={`/chat/summary${query ? `?${query}` : ''}`} download>
              Download as .txt
            </a>
          </p>
          <h3>I still need help</h3>
          <p>
            {/* Through /need-help, which counts that it was followed and goes on to the email or the page. */}
            <a href={`/need-help?from=chat&by=email${query ? `&${query}` : ''}`}>
              Email {assistant.config.support.email} with this summary
            </a>{' '}
            or use the <a href="/need-help?from=chat&by=page">support page</a>.
          </p>
          <p className="meta">
            <a href={`/troubleshoot${toQuery(facts) ? `?${toQuery(facts)}` : ''}`}>See these steps as pages</a> ·{' '}
            <a href="/chat">Start again</a>
          </p>
        </section>
      ) : null}
    </section>
  );
}

function Outcome({
  assistant,
  facts,
  answerId,
  values,
  embed,
  agent,
}: {
  assistant: Assistant;
  facts: Facts;
  answerId: string;
  values: ReturnType<typeof caseValues>;
  embed: boolean;
  agent: boolean;
}) {
  const answer = assistant.answers.get(answerId);
  if (!answer) {
    throw new Error(`Answer "${answerId}" is missing; the tree checks should have caught it.`);
  }
  const path = answerPath(answer.id, facts);
  return (
    <Bot id="latest">
      <strong>{fillCase(answer.title, values)}</strong>
      <div className="bubble-help">
        <AnswerBody answer={answer} facts={facts} assistant={assistant} values={values} sub="h3" choicesBase="/chat" />
      </div>
      <p>
        <a href={path} target={embed ? '_blank' : undefined} rel={embed ? 'noopener' : undefined}>
          This answer on its own page
        </a>
        {embed ? <span className="visually-hidden"> (opens in a new tab)</span> : null}
      </p>
      {agent ? <p className="meta">Permalink: {absoluteUrl(assistant.config, path)}</p> : null}
    </Bot>
  );
}
