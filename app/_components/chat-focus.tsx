'use client';
// After each turn, move focus to the newest message so keyboard and screen-reader users land on
// it; scroll smoothly only when the reader has not asked for reduced motion.
import { useEffect } from 'react';

export function ChatFocus({ turn, first }: { turn: string; first: boolean }) {
  useEffect(() => {
    if (first) {
      return;
    }
    const latest = document.getElementById('latest');
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    latest?.focus({ preventScroll: true });
    latest?.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  }, [turn, first]);
  return null;
}
