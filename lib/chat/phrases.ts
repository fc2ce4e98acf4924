// Phrases as word patterns, and where they stand in a message's words. A pattern's words must
// follow one another within one sentence; a word written with a final * matches any word it begins.
import { readWords, type Word } from '../vocabulary/normalise';

type PatternWord = { text: string; prefix: boolean };
export type Pattern = ReadonlyArray<PatternWord>;

export function compilePattern(phrase: string): Pattern {
  return phrase
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((piece) => {
      const prefix = piece.endsWith('*');
      const words = readWords(prefix ? piece.slice(0, -1) : piece).map((w) => ({ text: w.text, prefix: false }));
      const last = words.at(-1);
      return last && prefix ? [...words.slice(0, -1), { text: last.text, prefix: true }] : words;
    });
}

const matchesWord = (p: PatternWord, w: Word | undefined) =>
  w !== undefined && (p.prefix ? w.text.startsWith(p.text) : w.text === p.text);

/** Does the pattern stand at position `at`? Returns the position after it. */
function matchAt(pattern: Pattern, words: ReadonlyArray<Word>, at: number): number | undefined {
  const sentence = words[at]?.sentence;
  for (let i = 0; i < pattern.length; i++) {
    const word = words[at + i];
    if (!matchesWord(pattern[i] as PatternWord, word) || word?.sentence !== sentence) {
      return undefined;
    }
  }
  return pattern.length > 0 ? at + pattern.length : undefined;
}

export type Span = { start: number; end: number };

/** The positions of the words from `start` up to `end`. */
export const range = (start: number, end: number): Set<number> =>
  new Set(Array.from({ length: end - start }, (_, i) => start + i));

type Entry<T> = { pattern: Pattern; item: T };

/** Patterns filed by their first word, for quick lookups in long messages. */
export type PatternIndex<T> = {
  byFirst: ReadonlyMap<string, ReadonlyArray<Entry<T>>>;
  byPrefix: ReadonlyArray<Entry<T>>;
};

export function indexPatterns<T>(entries: Iterable<readonly [phrase: string, item: T]>): PatternIndex<T> {
  const byFirst = new Map<string, Array<Entry<T>>>();
  const byPrefix: Array<Entry<T>> = [];
  for (const [phrase, item] of entries) {
    const pattern = compilePattern(phrase);
    const first = pattern[0];
    if (first?.prefix) {
      byPrefix.push({ pattern, item });
    } else if (first) {
      byFirst.set(first.text, [...(byFirst.get(first.text) ?? []), { pattern, item }]);
    }
  }
  return { byFirst, byPrefix };
}

/** Every match in the words: the item, and where it stands. */
export function findIndexed<T>(index: PatternIndex<T>, words: ReadonlyArray<Word>): Array<Span & { item: T }> {
  const found: Array<Span & { item: T }> = [];
  const tryAt = (entries: ReadonlyArray<Entry<T>>, at: number) => {
    for (const { pattern, item } of entries) {
      const end = matchAt(pattern, words, at);
      if (end !== undefined) {
        found.push({ start: at, end, item });
      }
    }
  };
  words.forEach((word, at) => {
    tryAt(index.byFirst.get(word.text) ?? [], at);
    tryAt(index.byPrefix, at);
  });
  return found;
}
