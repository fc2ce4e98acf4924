'use client';
// "Did this solve it?" Without JavaScript each button posts a plain form to /feedback, which sends
// the customer back to this page at #feedback-<step>, and CSS (:target) shows that step. With
// JavaScript the vote goes to /api/v1/feedback and the next step shows in place, with no reload.
import { useEffect, useRef, useState, type FormEvent } from 'react';

import { reasonLabels, reasons } from '@/lib/vocabulary/feedback';

type Step = 'ask' | 'yes' | 'no' | 'thanks';
type Link = { label: string; href: string };
type Props = {
  /** "answer/<id>" or "article/<slug>". */
  target: string;
  /** This page's path and query, to come back to after a vote without JavaScript. */
  returnTo: string;
  /** What to do next when it did not help: the ticket summary, "I still need help". */
  wayForward: Array<Link>;
};

const messages: Record<Exclude<Step, 'ask'>, string> = {
  yes: 'Glad it worked. Thank you for telling us.',
  no: 'Sorry it didn’t. What went wrong?',
  thanks: 'Thank you: that tells us what to fix.',
};

function Hidden({ target, returnTo }: { target: string; returnTo: string }) {
  return (
    <>
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="return" value={returnTo} />
    </>
  );
}

function WayForward({ links }: { links: Array<Link> }) {
  return links.length === 0 ? null : (
    <p className="feedback-forward">
      Still stuck?{' '}
      {links.map((l, i) => (
        <span key={l.href}>
          {i > 0 ? ' · ' : null}
          <a href={l.href}>{l.label}</a>
        </span>
      ))}
    </p>
  );
}

export function FeedbackWidget({ target, returnTo, wayForward }: Props) {
  const [step, setStep] = useState<Step | undefined>(undefined);
  const steps = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Sent back here without JavaScript (a vote before the page was ready): keep showing that step.
    const fromHash = /^#feedback-(yes|no|thanks)$/.exec(window.location.hash)?.[1] as Step | undefined;
    setStep(fromHash ?? 'ask');
  }, []);

  function send(event: FormEvent<HTMLFormElement>) {
    const button = (event.nativeEvent as SubmitEvent).submitter;
    if (!(button instanceof HTMLButtonElement)) {
      return;
    }
    event.preventDefault();
    const vote = button.name === 'helpful' ? { helpful: button.value === 'yes' } : { reason: button.value };
    const next: Step = button.name === 'helpful' ? (button.value === 'yes' ? 'yes' : 'no') : 'thanks';
    // A lost vote is no loss to the customer: the page moves on either way.
    void fetch('/api/v1/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ target, ...vote }),
      keepalive: true,
    }).catch(() => undefined);
    setStep(next);
    requestAnimationFrame(() => steps.current?.querySelector<HTMLElement>(`#feedback-${next}`)?.focus());
  }

  return (
    <section className="feedback no-print" id="feedback" aria-label="Feedback" data-step={step}>
      <form className="feedback-ask" method="post" action="/feedback" onSubmit={send}>
        <Hidden target={target} returnTo={returnTo} />
        <fieldset>
          <legend>Did this solve it?</legend>
          <button type="submit" name="helpful" value="yes">
            Yes
          </button>{' '}
          <button type="submit" name="helpful" value="no">
            No
          </button>
        </fieldset>
      </form>
      <div ref={steps}>
        <div id="feedback-yes" className="feedback-step" tabIndex={-1}>
          <p>{messages.yes}</p>
        </div>
        <div id="feedback-no" className="feedback-step" tabIndex={-1}>
          <form method="post" action="/feedback" onSubmit={send}>
            <Hidden target={target} returnTo={returnTo} />
            <fieldset>
              <legend>{messages.no}</legend>
              <ul className="feedback-reasons">
                {reasons.map((r) => (
                  <li key={r}>
                    <button type="submit" name="reason" value={r}>
                      {reasonLabels[r]}
                    </button>
                  </li>
                ))}
              </ul>
            </fieldset>
          </form>
          <WayForward links={wayForward} />
        </div>
        <div id="feedback-thanks" className="feedback-step" tabIndex={-1}>
          <p>{messages.thanks}</p>
          <WayForward links={wayForward} />
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {step && step !== 'ask' ? messages[step] : ''}
      </p>
    </section>
  );
}
