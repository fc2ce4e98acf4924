// One pass over the text finds which of the patterns' plain words it contains, and where, so only
// the patterns that can match are tried, and only near those words. The words are searched all at
// once with an Aho-Corasick automaton: every occurrence, overlapping ones included, in time linear
// in the text. The automaton is compiled into a table (a DFA: failure links followed in advance)
// over the few characters the words use, so reading a character is one lookup.

/** At most this many places are kept for each word; enough to find the evidence, bounded work. */
const maxPlaces = 8;

export type Found = Map<string, Array<number>>;

export type Sieve = {
  words: ReadonlyArray<string>;
  /** The character class of each ASCII code: 0 for a character no word contains. */
  asciiClass: Uint8Array;
  /** The class of each other character that a word contains. */
  otherClass: ReadonlyMap<number, number>;
  /** How many classes there are (0 included): the width of a row of `step`. */
  classes: number;
  /** step[state * classes + class]: the state after reading a character of that class. */
  step: Int32Array;
  /** Per state: the words that end here (its own and, through failure links, shorter ones). */
  output: Array<ReadonlyArray<number>>;
};

export function buildSieve(list: ReadonlyArray<string>): Sieve {
  // A word given twice is one word (it would otherwise report each place twice).
  const words = [...new Set(list)];
  const asciiClass = new Uint8Array(128);
  const otherClass = new Map<number, number>();
  let classes = 1;
  const classOf = (c: number): number => {
    const known = c < 128 ? asciiClass[c] || undefined : otherClass.get(c);
    if (known !== undefined) {
      return known;
    }
    const made = classes++;
    if (c < 128) {
      asciiClass[c] = made;
    } else {
      otherClass.set(c, made);
    }
    return made;
  };
  // The trie, by class.
  const goto: Array<Map<number, number>> = [new Map<number, number>()];
  const own: Array<Array<number>> = [[]];
  words.forEach((word, index) => {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const k = classOf(word.charCodeAt(i));
      let to = goto[state]?.get(k);
      if (to === undefined) {
        to = goto.length;
        goto.push(new Map<number, number>());
        own.push([]);
        goto[state]?.set(k, to);
      }
      state = to;
    }
    own[state]?.push(index);
  });
  if (classes > 255) {
    throw new Error(`the sieve's words use ${classes - 1} different characters; at most 254 fit its table`);
  }
  const step = new Int32Array(goto.length * classes);
  const fail = new Int32Array(goto.length);
  const output: Array<ReadonlyArray<number>> = own.map((o) => o);
  // The first state: its own edges, and back to itself for everything else (already 0).
  for (const [k, to] of goto[0] ?? []) {
    step[k] = to;
  }
  // Breadth first, so a state's failure target has its row before the state itself.
  const queue: Array<number> = [...(goto[0]?.values() ?? [])];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    const f = fail[state] ?? 0;
    output[state] = [...(own[state] ?? []), ...(state === 0 ? [] : (output[f] ?? []))];
    // Without an edge of its own, a state goes where its failure target goes.
    step.copyWithin(state * classes, f * classes, f * classes + classes);
    for (const [k, to] of goto[state] ?? []) {
      // The failure target of `to`: where the failure target of `state` goes on the same class.
      fail[to] = state === 0 ? 0 : (step[f * classes + k] ?? 0);
      step[state * classes + k] = to;
      queue.push(to);
    }
  }
  return { words, asciiClass, otherClass, classes, step, output };
}

export function sieve(norm: string, automaton: Sieve): Found {
  const found: Found = new Map();
  const { step, output, words, asciiClass, otherClass, classes } = automaton;
  let state = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    const k = c < 128 ? (asciiClass[c] ?? 0) : (otherClass.get(c) ?? 0);
    state = step[state * classes + k] ?? 0;
    const ends = output[state];
    if (ends === undefined || ends.length === 0) {
      continue;
    }
    for (const index of ends) {
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
