'use client';
// The paste form. It posts to a server function, so it works without JavaScript too (the page
// comes back with the result); with JavaScript the result appears without a page load.
import { useActionState, useEffect, useRef } from 'react';

import { diagnose } from '../diagnose/actions';
import { DiagnosisView, type DiagnoseState } from './diagnosis-view';

export function DiagnoseForm() {
  // Without JavaScript the form posts to this address, so the page comes back at its result.
  const [state, formAction, pending] = useActionState<DiagnoseState, FormData>(diagnose, {}, '/diagnose#result');
  const shown = useRef<DiagnoseState>(state);
  useEffect(() => {
    // Move focus to the new result so keyboard and screen-reader users land on it, and bring its
    // heading to the top of the screen (focus alone would only just bring it into view).
    if (state !== shown.current && state.result) {
      const title = document.getElementById('diagnosis-title');
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      title?.focus({ preventScroll: true });
      document.getElementById('result')?.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
    }
    shown.current = state;
  }, [state]);
  return (
    <>
      <form className="paste-form" action={formAction}>
        <label htmlFor="paste-text">Paste the error message, the bounce, the log lines or the test output</label>
        <p id="paste-hint" className="meta">
          It stays between your browser and this page: we do not store it, log it or put it in a link.
        </p>
        <textarea
          id="paste-text"
          name="text"
          rows={8}
          required
          defaultValue={state.text}
          aria-describedby="paste-hint"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
        />
        <button type="submit" disabled={pending}>
          {pending ? 'Reading…' : 'Diagnose'}
        </button>
      </form>
      <div aria-live="polite" id="result">
        {state.error ? (
          <p className="notice" role="alert">
            {state.error}
          </p>
        ) : null}
        <DiagnosisView state={state} />
      </div>
    </>
  );
}
