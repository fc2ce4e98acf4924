'use server';
// What the customer typed in the chat. It is read here and never stored, logged or put in a URL:
// only the facts it gave (and which facts they were) go into the next address.
import { redirect } from 'next/navigation';

import { understand } from '@/lib/chat/understand';
import { getLibrary } from '@/lib/content';
import { getClassifier } from '@/lib/diagnose';
import { getAssistant } from '@/lib/troubleshoot';
import { walk } from '@/lib/troubleshoot/engine';
import { parseFacts, toQuery } from '@/lib/vocabulary/query';

/** The chat at these facts, landing on its newest message (without JavaScript each turn is a new page). */
function chatAt(query: string): string {
  return `/chat${query ? `?${query}` : ''}#latest`;
}

export async function chatSay(query: string, form: FormData): Promise<void> {
  const [assistant, library, classifier] = await Promise.all([getAssistant(), getLibrary(), getClassifier()]);
  const params = new URLSearchParams(query);
  const parsed = parseFacts(params, assistant.ispSlugs);
  const facts = parsed.ok ? parsed.facts : {};
  const extra: Record<string, string> = params.get('view') === 'embed' ? { view: 'embed' } : {};
  const value = form.get('text');
  const text = typeof value === 'string' ? value.slice(0, 64 * 1024) : '';
  if (text.trim() === '') {
    redirect(chatAt(toQuery(facts, extra)));
  }
  const state = walk(assistant.tree, facts, assistant.context);
  const current = state.kind === 'question' ? { fact: state.id, options: state.options } : undefined;
  const reading = understand(text, current, facts, {
    understanding: library.understanding,
    isps: library.isps,
    classifier,
  });
  if (reading.heard.length === 0 && !reading.diagnosis) {
    redirect(chatAt(toQuery(facts, { ...extra, miss: '1' })));
  }
  const next = { ...facts, ...reading.facts, ...(reading.diagnosis ? { diagnosis: reading.diagnosis } : {}) };
  const heard = reading.heard.map((h) => h.fact).join(',');
  redirect(chatAt(toQuery(next, { ...extra, ...(heard ? { heard } : {}) })));
}
