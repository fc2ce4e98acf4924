// Synthetic events for measuring the store and the insights page: drawn from the real tree (random
// walks give real answers with real facts), with a year of days, skewed the way real traffic is
// (a few questions and searches account for most of it), from a seeded generator so runs compare.
import type { Library } from '../../lib/content/library';
import type { EventKey } from '../../lib/events/types';
import { reasons } from '../../lib/vocabulary/feedback';
import { diagnosisIds } from '../../lib/vocabulary/diagnoses';
import { optionsFor, walk } from '../../lib/troubleshoot/engine';
import { toQuery } from '../../lib/vocabulary/query';
import type { Facts } from '../../lib/vocabulary/facts';

/** mulberry32: small, fast and good enough for test data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An index from 0 to n - 1, small ones far more often (roughly Zipf). */
const skewed = (r: () => number, n: number) => Math.min(n - 1, Math.floor(n ** r() - 1));

export function syntheticEvents(library: Library, seed = 16): () => EventKey {
  const r = random(seed);
  const pick = <T>(list: ReadonlyArray<T>): T => list[Math.floor(r() * list.length)] as T;
  const context = { isps: new Map(library.isps.map((i) => [i.slug, i])), config: library.config };
  // 400 walks through the tree: the answers customers reach, with the facts that led there.
  const outcomes: Array<{ answer: string; facts: Facts }> = [];
  const questions = new Set<string>();
  for (let i = 0; i < 400; i++) {
    let facts: Facts = {};
    for (;;) {
      const state = walk(library.tree, facts, context);
      if (state.kind === 'outcome') {
        outcomes.push({ answer: state.answer, facts });
        break;
      }
      questions.add(state.id);
      const options = optionsFor(state.question, facts, context);
      facts = { ...facts, [state.id]: pick(options).id };
    }
  }
  const questionIds = [...questions];
  const targets = [
    ...library.answers.map((a) => `answer/${a.id}`),
    ...library.articles.map((a) => `article/${a.slug}`),
  ];
  const words = [
    'outlook',
    'port',
    'smtp',
    'relay',
    'blocked',
    'comcast',
    'gmail',
    'iphone',
    'certificate',
    'timeout',
    'exchange',
    'postfix',
    'bounce',
    'spam',
    'dkim',
    'spf',
    'queue',
    'password',
    'vpn',
    'router',
  ];
  const searches = Array.from(
    { length: 5000 },
    (_, i) => `${words[i % words.length]} ${words[Math.floor(i / words.length) % words.length]} ${i}`,
  );
  return () => {
    const x = r();
    if (x < 0.35) {
      return { type: 'question', subject: questionIds[skewed(r, questionIds.length)] ?? 'sender', detail: 'shown' };
    }
    if (x < 0.63) {
      return { type: 'question', subject: questionIds[skewed(r, questionIds.length)] ?? 'sender', detail: 'answered' };
    }
    if (x < 0.75) {
      const o = outcomes[skewed(r, outcomes.length)] ?? { answer: 'use-587', facts: {} };
      return {
        type: 'reached',
        subject: o.answer,
        detail: `${pick(['troubleshoot', 'troubleshoot', 'chat', 'link'])}?${toQuery(o.facts)}`,
      };
    }
    if (x < 0.81) {
      return { type: 'vote', subject: targets[skewed(r, targets.length)] ?? '', detail: r() < 0.7 ? 'yes' : 'no' };
    }
    if (x < 0.83) {
      return { type: 'reason', subject: targets[skewed(r, targets.length)] ?? '', detail: pick(reasons) };
    }
    if (x < 0.845) {
      return { type: 'need-help', subject: pick(targets), detail: r() < 0.6 ? 'email' : 'page' };
    }
    if (x < 0.895) {
      // A third of the searches that find nothing are one-offs.
      const query =
        r() < 0.33
          ? `${pick(words)} ${Math.floor(r() * 1e9).toString(36)}`
          : (searches[skewed(r, searches.length)] ?? '');
      return { type: 'search-miss', subject: query, detail: '' };
    }
    if (x < 0.955) {
      return {
        type: 'diagnosis',
        subject: r() < 0.15 ? 'unknown' : pick(diagnosisIds),
        detail: pick(['diagnose', 'troubleshoot', 'chat', 'api']),
      };
    }
    if (x < 0.995) {
      return { type: 'chat', subject: r() < 0.2 ? 'missed' : 'understood', detail: '' };
    }
    return { type: 'letter', subject: r() < 0.3 ? 'other' : pick(library.isps).slug, detail: '' };
  };
}
