'use client';
// After each turn, put the keyboard where the customer will act next, and show the newest message:
// after a typed reply, back in the text box (the log's live region reads the new message out);
// after a tapped answer, on the newest message, whose answers follow it.
import { useEffect } from 'react';

// A turn is a new page load, so "the last turn was typed" survives it in sessionStorage: a flag,
// never anything the customer typed, and it never leaves the browser.
const key = 'sendhelp-chat-typed';

/** The text box calls this as it sends, so the next turn gives the focus back to it. */
export function markTyped(): void {
  try {
    sessionStorage.setItem(key, '1');
  } catch {
    // Storage turned off: the focus goes to the newest message instead.
  }
}

function takeTyped(): boolean {
  try {
    const typed = sessionStorage.getItem(key) === '1';
    sessionStorage.removeItem(key);
    return typed;
  } catch {
    return false;
  }
}

export function ChatFocus({ turn, first }: { turn: string; first: boolean }) {
  useEffect(() => {
    const typed = takeTyped();
    if (first && !typed) {
      return;
    }
    const latest = document.getElementById('latest');
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // scroll-margin-top in the stylesheet keeps the bubble and its focus ring clear of the top edge.
    latest?.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
    (typed ? document.getElementById('chat-text') : latest)?.focus({ preventScroll: true });
  }, [turn, first]);
  return null;
}
