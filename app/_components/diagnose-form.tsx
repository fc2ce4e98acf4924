'use client';
// The paste form. It posts to a server function, so it works without JavaScript too (the page
// comes back with the result); with JavaScript the result appears without a page load.
import { useActionState, useEffect, useRef } from 'react';

import { diagnose } from '../diagnose/actions';
import { DiagnosisView, type DiagnoseState } from './diagnosis-view';

export function DiagnoseForm() {
  const [state, formAction, pending] = useActionState<DiagnoseState, FormData>(diagnose, {});
  const shown = useRef<DiagnoseState>(state);
  useEffect(() => {
    // Move focus to the new result so keyboard and screen-reader users land on it.
    if (state !== shown.current && state.result) {
      document.getElementById('diagnosis-title')?.focus();
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
      <div aria-live="polite">
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
