// One pass over the text finds which of the patterns' plain words it contains, and where, so only
// the patterns that can match are tried, and only near those words. The words are searched all at
// once with an Aho-Corasick automaton: every occurrence, overlapping ones included, in time linear
// in the text.

/** At most this many places are kept for each word; enough to find the evidence, bounded work. */
const maxPlaces = 8;

export type Found = Map<string, Array<number>>;

export type Sieve = {
  words: ReadonlyArray<string>;
  /** Per state: its transitions by character code. */
  next: Array<Map<number, number>>;
  /** Per state: where to go when no transition fits. */
  fail: Int32Array;
  /** Per state: the words that end here (its own and, through failure links, shorter ones). */
  output: Array<ReadonlyArray<number>>;
  /** The first state's transitions for ASCII, where most characters of a text are read. */
  fromStart: Int32Array;
};

export function buildSieve(words: ReadonlyArray<string>): Sieve {
  const next: Array<Map<number, number>> = [new Map<number, number>()];
  const own: Array<Array<number>> = [[]];
  words.forEach((word, index) => {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let to = next[state]?.get(c);
      if (to === undefined) {
        to = next.length;
        next.push(new Map<number, number>());
        own.push([]);
        next[state]?.set(c, to);
      }
      state = to;
    }
    own[state]?.push(index);
  });
  const fail = new Int32Array(next.length);
  const output: Array<ReadonlyArray<number>> = own.map((o) => o);
  // Breadth first, so a state's failure target is finished before the state itself.
  const queue: Array<number> = [...(next[0]?.values() ?? [])];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    for (const [c, to] of next[state] ?? []) {
      let f = fail[state] ?? 0;
      while (f !== 0 && !next[f]?.has(c)) {
        f = fail[f] ?? 0;
      }
      const target = next[f]?.get(c);
      fail[to] = target !== undefined && target !== to ? target : 0;
      output[to] = [...(own[to] ?? []), ...(output[fail[to] ?? 0] ?? [])];
      queue.push(to);
    }
  }
  const fromStart = new Int32Array(128);
  for (const [c, to] of next[0] ?? []) {
    if (c < 128) {
      fromStart[c] = to;
    }
  }
  return { words, next, fail, output, fromStart };
}

export function sieve(norm: string, automaton: Sieve): Found {
  const found: Found = new Map();
  const { next, fail, output, words, fromStart } = automaton;
  let state = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (state === 0 && c < 128) {
      state = fromStart[c] ?? 0;
      if (state === 0) {
        continue;
      }
    } else {
      let to = next[state]?.get(c);
      while (to === undefined && state !== 0) {
        state = fail[state] ?? 0;
        to = next[state]?.get(c);
      }
      state = to ?? 0;
    }
    for (const index of output[state] ?? []) {
      const word = words[index] ?? '';
      const at = i - word.length + 1;
      const places = found.get(word);
      if (!places) {
        found.set(word, [at]);
      } else if (places.length < maxPlaces) {
        places.push(at);
      }
    }
  }
  return found;
}
