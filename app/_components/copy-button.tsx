'use client';
// Copies a text to the clipboard and says so in a live region. It appears only when JavaScript
// runs; without it, the text is on the page to select.
import { useEffect, useState } from 'react';

export function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => setReady(true), []);
  if (!ready) {
    return null;
  }
  return (
    <>
      <button
        type="button"
        className="copy-button"
        onClick={() =>
          void navigator.clipboard.writeText(text).then(
            () => setStatus(done),
            () => setStatus('Copying did not work here: select the text and copy it.'),
          )
        }
      >
        {label}
      </button>
      <span className="meta" role="status" aria-live="polite">
        {status}
      </span>
    </>
  );
}
