// The sieve must find every occurrence of every word, overlapping ones and words inside other
// words included, exactly where a plain search finds them (up to its limit of places per word).
import { expect, test } from 'vitest';

import { loadLibrary } from '@/lib/content/library';
import { compileRules } from '@/lib/diagnose/classify';
import { normalise } from '@/lib/diagnose/normalise';
import { buildSieve, seen, sieve } from '@/lib/diagnose/sieve';

import { loadCorpus } from '../../support/corpus';

/** Every place each word occurs, by a plain search: the sieve's answer, worked out slowly. */
function plain(text: string, words: ReadonlyArray<string>): Map<string, Array<number>> {
  const found = new Map<string, Array<number>>();
  for (const word of new Set(words)) {
    const places: Array<number> = [];
    for (let at = text.indexOf(word); at !== -1 && places.length < 8; at = text.indexOf(word, at + 1)) {
      places.push(at);
    }
    if (places.length > 0) {
      found.set(word, places);
    }
  }
  return found;
}

test('overlapping words, words inside words, and characters no word uses', () => {
  const words = ['he', 'she', 'his', 'hers', 'connection refused', 'refused', 'timed out', 'ü', 'über'];
  const text = 'ushers: connection refused, über alles — then timed out (she said his hers)';
  expect(new Map(sieve(text, buildSieve(words)).found.map(([word, places]) => [word, places]))).toEqual(
    plain(text, words),
  );
});

test('agrees with a plain search on random words and texts over a small alphabet', () => {
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const alphabet = 'abcé .:5';
  const string = (length: number) => Array.from({ length }, () => alphabet[random(alphabet.length)]).join('');
  for (let round = 0; round < 200; round++) {
    const words = Array.from({ length: 1 + random(12) }, () => string(1 + random(4)));
    const text = string(random(120));
    expect(new Map(sieve(text, buildSieve(words)).found.map(([word, places]) => [word, places]))).toEqual(
      plain(text, words),
    );
  }
});

test('keeps at most eight places for a word', () => {
  expect(sieve('a'.repeat(100), buildSieve(['a', 'aa'])).found[0]?.[1]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
});

test('words only seen are marked where they occur and get no places', () => {
  const automaton = buildSieve(['refused', 'connection'], ['connection', 'the', 'tls']);
  const first = sieve('the connection was refused', automaton);
  expect(first.found.map(([word]) => word)).toEqual(['connection', 'refused']);
  expect(automaton.words.filter((_, i) => seen(first, i))).toEqual(['refused', 'connection', 'the']);
  // The next pass starts afresh.
  const next = sieve('tls refused', automaton);
  expect(next.found).toEqual([['refused', [4], 0]]);
  expect(automaton.words.filter((_, i) => seen(next, i))).toEqual(['refused', 'tls']);
});

test('a wording set aside for a word it needs matches none of the labelled texts', async () => {
  const classifier = compileRules((await loadLibrary()).diagnose);
  let setAside = 0;
  for (const { text } of loadCorpus()) {
    const { norm } = normalise(text);
    const sieved = sieve(norm, classifier.sieve);
    // The wordings filed under a word the text has, which the classifier would otherwise try.
    const filed = new Set(sieved.found.flatMap(([word]) => classifier.byLiteral.get(word) ?? []));
    for (const w of filed) {
      if (!w.needs.every((set) => set.some((word) => seen(sieved, word)))) {
        setAside++;
        w.regex.lastIndex = 0;
        expect(w.regex.test(norm), `${w.pattern.id} /${w.regex.source}/`).toBe(false);
      }
    }
  }
  expect(setAside).toBeGreaterThan(1000);
}, 60_000);
