// Page views of the assistant, turned into events: a question shown, a question answered, an
// answer reached. The pages themselves are rendered once and served from a cache, so the server
// reports each view it served (server/events.mjs) and this reads what the customer saw from the
// URL alone. The referring page, when it is one of ours, says which question was just answered;
// it is read here and kept nowhere.
import type { Assistant } from '../troubleshoot';
import { walk } from '../troubleshoot/engine';
import { parseFacts, toQuery } from '../vocabulary/query';
import type { Facts } from '../vocabulary/facts';
import type { EventKey } from './types';

export type ViewState =
  | { kind: 'question'; via: 'troubleshoot' | 'chat'; question: string; facts: Facts; repeat: boolean }
  | { kind: 'outcome'; via: 'troubleshoot' | 'chat' | 'link'; answer: string; facts: Facts };

const answerPath = /^\/answers\/([a-z0-9-]{1,64})$/;
/** Longest URL read; the server refuses longer ones anyway. */
const maxUrlLength = 4096;

/** Path and query of a URL or of a path with a query; undefined if it is not one. */
function pathAndQuery(url: string): { path: string; query: URLSearchParams } | undefined {
  if (url.length > maxUrlLength) {
    return undefined;
  }
  try {
    const parsed = new URL(url, 'http://localhost');
    return { path: parsed.pathname, query: parsed.searchParams };
  } catch {
    return undefined;
  }
}

/** What a page of the assistant showed, or undefined for any other page, an agent's view or a broken link. */
export function readView(assistant: Assistant, url: string): ViewState | undefined {
  const at = pathAndQuery(url);
  if (!at || at.query.get('view') === 'agent') {
    return undefined;
  }
  const answer = answerPath.exec(at.path)?.[1];
  const via = at.path === '/troubleshoot' ? 'troubleshoot' : at.path === '/chat' ? 'chat' : undefined;
  if (!via && !(answer && assistant.answers.has(answer))) {
    return undefined;
  }
  const parsed = parseFacts(at.query, assistant.ispSlugs);
  if (!parsed.ok) {
    return undefined;
  }
  const { facts } = parsed;
  if (!via) {
    return { kind: 'outcome', via: 'link', answer: answer ?? '', facts };
  }
  const state = walk(assistant.tree, facts, assistant.context);
  return state.kind === 'question'
    ? // The chat says "I didn't understand" on the same question: shown once already.
      { kind: 'question', via, question: state.id, facts, repeat: at.query.get('miss') === '1' }
    : { kind: 'outcome', via, answer: state.answer, facts };
}

/**
 * The events of one page view. `state` is what the page showed; `from` what the referring page
 * showed (undefined if it was not one of the assistant's); `self` that the page referred to itself
 * (the feedback form sends the customer back to where they were: not a new view).
 */
export function viewEvents(state: ViewState, from: ViewState | undefined, self: boolean): Array<EventKey> {
  if (self) {
    return [];
  }
  const events: Array<EventKey> = [];
  if (from?.kind === 'question' && from.facts[from.question as keyof Facts] === undefined) {
    if (state.facts[from.question as keyof Facts] !== undefined) {
      events.push({ type: 'question', subject: from.question, detail: 'answered' });
    }
  }
  if (state.kind === 'question') {
    if (!state.repeat) {
      events.push({ type: 'question', subject: state.question, detail: 'shown' });
    }
    return events;
  }
  // The same answer again (its own permalink, or its steps for another program): already counted.
  if (from?.kind === 'outcome' && from.answer === state.answer) {
    return events;
  }
  events.push({ type: 'reached', subject: state.answer, detail: `${state.via}?${toQuery(state.facts)}` });
  return events;
}

/** Reads views with a bounded cache: a busy site shows the same few hundred states again and again. */
export class ViewReader {
  private cache = new Map<string, ViewState | null>();

  constructor(private readonly maxEntries = 5000) {}

  read(assistant: Assistant, url: string): ViewState | undefined {
    const hit = this.cache.get(url);
    if (hit !== undefined) {
      return hit ?? undefined;
    }
    const state = readView(assistant, url) ?? null;
    if (this.cache.size >= this.maxEntries) {
      this.cache.clear();
    }
    this.cache.set(url, state);
    return state ?? undefined;
  }

  /** The events of a view of `url` reached from `referer` (a full URL, or undefined). */
  events(assistant: Assistant, url: string, referer: string | undefined): Array<EventKey> {
    const state = this.read(assistant, url);
    if (!state) {
      return [];
    }
    const from = referer === undefined ? undefined : pathAndQuery(referer);
    const fromUrl = from ? `${from.path}${from.query.size > 0 ? `?${from.query.toString()}` : ''}` : undefined;
    const here = pathAndQuery(url);
    const hereUrl = here ? `${here.path}${here.query.size > 0 ? `?${here.query.toString()}` : ''}` : url;
    return viewEvents(state, fromUrl === undefined ? undefined : this.read(assistant, fromUrl), fromUrl === hereUrl);
  }
}
