'use client';
// The finished letter: a preview, and every way to take it away (copy, download, print, email,
// a link with the technical answers). Copy and print need JavaScript; the rest works without.
import { useEffect, useState } from 'react';

import type { RequestState } from '../request/actions';
import { methodLabel, requirementLabel } from '@/lib/vocabulary/directory';

type Props = { state: Required<Pick<RequestState, 'letter' | 'raw'>> & RequestState };

export function LetterView({ state }: Props) {
  const [copied, setCopied] = useState('');
  // Copy and print buttons need JavaScript, so they appear only once it runs.
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  const { letter, raw, isp } = state;
  const full = `Subject: ${letter.subject}\n\n${letter.text}`;
  const copy = (text: string, what: string) => {
    void navigator.clipboard.writeText(text).then(
      () => setCopied(`${what} copied.`),
      () => setCopied('Copying did not work here: select the text and copy it.'),
    );
  };
  const shareUrl = state.share ?? '';
  return (
    <section className="letter-result" aria-labelledby="letter-title">
      <h2 id="letter-title" className="no-print" tabIndex={-1}>
        Your letter
      </h2>
      <div className="letter" aria-label="The letter">
        <p className="letter-subject">Subject: {letter.subject}</p>
        <pre className="letter-text">{letter.text}</pre>
      </div>
      <div className="letter-actions no-print">
        {scripted ? (
          <button type="button" onClick={() => copy(full, 'The letter was')}>
            Copy the letter
          </button>
        ) : null}
        <form method="post" action="/request/letter">
          {Object.entries(raw).flatMap(([key, value]) =>
            (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v, i) => (
              <input key={`${key}-${i}`} type="hidden" name={key} value={v} />
            )),
          )}
          <button type="submit">Download as .txt</button>
        </form>
        {scripted ? (
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
        ) : null}
        {state.mailto ? (
          <a className="button" href={state.mailto}>
            Open in my email program
          </a>
        ) : null}
      </div>
      <p className="meta no-print" role="status" aria-live="polite">
        {copied}
      </p>
      {scripted ? null : (
        <p className="meta no-print">
          To copy the letter, select its text. To print it, use your browser's Print command: only the letter is
          printed.
        </p>
      )}
      <section className="no-print" aria-labelledby="send-title">
        <h3 id="send-title">How to send it</h3>
        {isp && isp.routes.length > 0 ? (
          <>
            <p>{isp.name} is reported to take requests this way:</p>
            <ul>
              {isp.routes.map((r) => (
                <li key={`${r.method}-${r.detail}`}>
                  {methodLabel[r.method as keyof typeof methodLabel] ?? r.method}:{' '}
                  {r.url ? <a href={r.url}>{r.detail}</a> : r.detail}{' '}
                  <em>
                    ({r.reported === 'undated' ? 'from an undated source' : `as reported in ${r.reported}`}; it may have
                    changed since)
                  </em>
                  {r.email ? (
                    <>
                      {' '}
                      (<a href={`mailto:${r.email}`}>{r.email}</a>)
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            We have no known route for {isp?.name || 'your provider'}. Call or write to its business support (or its
            abuse or network security team) and ask which team handles &ldquo;port 25 exceptions&rdquo; or &ldquo;SMTP
            unblocking&rdquo;; send the letter there and keep a copy.
          </p>
        )}
        {isp && isp.requirements.length > 0 ? (
          <p>
            Reported requirements:{' '}
            {isp.requirements.map((r) => requirementLabel[r as keyof typeof requirementLabel] ?? r).join(', ')}.
          </p>
        ) : null}
        {isp?.note ? <p>{isp.note}</p> : null}
        {isp?.slug ? (
          <p>
            <a href={`/isps/${isp.slug}`}>What we know about {isp.name}</a>
          </p>
        ) : null}
      </section>
      <section className="no-print" aria-labelledby="share-title">
        <h3 id="share-title">A link with your answers</h3>
        <p>
          To finish later or hand over to a colleague: this link keeps the technical answers and leaves out your name,
          address, phone, email and account number.
        </p>
        <label htmlFor="share-link" className="visually-hidden">
          Link with your answers
        </label>
        <input id="share-link" className="share-link" type="text" readOnly value={shareUrl} />
        {scripted ? (
          <button type="button" onClick={() => copy(shareUrl, 'The link was')}>
            Copy the link
          </button>
        ) : null}
      </section>
    </section>
  );
}
