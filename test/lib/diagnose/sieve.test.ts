// The sieve must find every occurrence of every word, overlapping ones and words inside other
// words included, exactly where a plain search finds them (up to its limit of places per word).
import { expect, test } from 'vitest';

import { buildSieve, sieve } from '@/lib/diagnose/sieve';

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
  expect(sieve(text, buildSieve(words))).toEqual(plain(text, words));
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
    expect(sieve(text, buildSieve(words))).toEqual(plain(text, words));
  }
});

test('keeps at most eight places for a word', () => {
  expect(sieve('a'.repeat(100), buildSieve(['a', 'aa'])).get('a')).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
});
