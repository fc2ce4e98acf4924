'use client';
// The chat's text box: Enter sends, Shift+Enter starts a new line (for pasted errors). Without
// JavaScript it is a plain form with a Send button.
import { useRef, type KeyboardEvent } from 'react';

import { markTyped } from './chat-focus';

type Props = { action: (form: FormData) => Promise<void>; placeholder: string };

export function ChatInput({ action, placeholder }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      form.current?.requestSubmit();
    }
  };
  return (
    <form ref={form} action={action} onSubmit={markTyped} className="chat-input">
      <label htmlFor="chat-text">Type your answer, or paste an error message</label>
      <div className="chat-input-row">
        <textarea
          id="chat-text"
          name="text"
          rows={3}
          maxLength={65536}
          placeholder={placeholder}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="chat-privacy"
        />
        <button type="submit">Send</button>
      </div>
      <p id="chat-privacy" className="meta">
        What you type is read to answer you and then forgotten: it is not stored and never goes into a link.
      </p>
    </form>
  );
}
