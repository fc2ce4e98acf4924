// One pass over the text finds which of the patterns' plain words it contains, and where, so only
// the patterns that can match are tried, and only near those words. The words are searched all at
// once with an Aho-Corasick automaton: every occurrence, overlapping ones included, in time linear
// in the text. The automaton is compiled into a table (a DFA: failure links followed in advance)
// over the few characters the words use, so reading a character is one lookup.

/** At most this many places are kept for each word; enough to find the evidence, bounded work. */
const maxPlaces = 8;

/** The placed words a text contains, in the order they were first found, each with its places and its index in the sieve's words. */
export type Found = Array<[word: string, places: Array<number>, index: number]>;

/** What one pass found: the placed words' places, and (through `seen`) which of all the words occur. */
export type Sieved = { found: Found; pass: number; lastSeen: Uint32Array };

/** Whether the text of this pass contains the word (its index in the sieve's words). */
export const seen = (sieved: Sieved, word: number): boolean => sieved.lastSeen[word] === sieved.pass;

export type Sieve = {
  words: ReadonlyArray<string>;
  /** Words before this index have their places kept; the rest are only seen (cheaper, no Map). */
  placed: number;
  /** The character class of each ASCII code: 0 for a character no word contains. */
  asciiClass: Uint8Array;
  /** The class of each other character that a word contains. */
  otherClass: ReadonlyMap<number, number>;
  /** How many classes there are (0 included): the width of a row of `step`. */
  classes: number;
  /** step[state * classes + class]: the state after reading a character of that class. */
  step: Uint16Array | Int32Array;
  /**
   * The words that end in each state (its own and, through failure links, shorter ones):
   * outWords[outStart[state]] up to outWords[outStart[state + 1]], flat so a hit reads no array
   * of arrays.
   */
  outStart: Int32Array;
  outWords: Int32Array;
  /** Each word's length, for where it starts. */
  lengths: Int32Array;
  /** Per state: 1 where a word ends, so most characters cost one table read and no more. */
  ends: Uint8Array;
  /**
   * Scratch, so that a pass allocates nothing per word: the pass that last saw each word, and where
   * its places are in that pass's list. A pass is read before the next begins (all of it is
   * synchronous), and numbering passes saves clearing the scratch.
   */
  lastSeen: Uint32Array;
  slot: Int32Array;
  passes: number;
};

export function buildSieve(list: ReadonlyArray<string>, seenOnly: ReadonlyArray<string> = []): Sieve {
  // A word given twice is one word (it would otherwise report each place twice).
  const placedWords = new Set(list);
  const words = [...placedWords, ...new Set(seenOnly.filter((w) => !placedWords.has(w)))];
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
  // Rows are filled breadth first (a state's failure target has its row before the state itself),
  // but states are numbered depth first: reading a word walks down consecutive rows, which the
  // processor fetches ahead, where breadth-first numbers scatter them over the whole table.
  const order: Array<number> = [0];
  for (let head = 0; head < order.length; head++) {
    order.push(...(goto[order[head] ?? 0]?.values() ?? []));
  }
  const number = new Int32Array(goto.length);
  const stack = [0];
  for (let next = 0; stack.length > 0; next++) {
    const state = stack.pop() ?? 0;
    number[state] = next;
    stack.push(...[...(goto[state]?.values() ?? [])].reverse());
  }
  // 16-bit entries where the states fit: half the table to keep in the cache.
  const step = goto.length <= 0x10000 ? new Uint16Array(goto.length * classes) : new Int32Array(goto.length * classes);
  const fail = new Int32Array(goto.length);
  const output: Array<ReadonlyArray<number>> = own.map(() => []);
  // The first state goes back to itself for everything it has no edge for (already 0).
  for (const state of order) {
    const n = number[state] ?? 0;
    const f = fail[n] ?? 0;
    output[n] = [...(own[state] ?? []), ...(n === 0 ? [] : (output[f] ?? []))];
    if (n !== 0) {
      // Without an edge of its own, a state goes where its failure target goes.
      step.copyWithin(n * classes, f * classes, f * classes + classes);
    }
    for (const [k, to] of goto[state] ?? []) {
      const t = number[to] ?? 0;
      // The failure target of `to`: where the failure target of `state` goes on the same class.
      fail[t] = n === 0 ? 0 : (step[f * classes + k] ?? 0);
      step[n * classes + k] = t;
    }
  }
  const ends = new Uint8Array(goto.length);
  const outStart = new Int32Array(goto.length + 1);
  output.forEach((o, n) => {
    ends[n] = o.length > 0 ? 1 : 0;
    outStart[n + 1] = (outStart[n] ?? 0) + o.length;
  });
  return {
    words,
    placed: placedWords.size,
    asciiClass,
    otherClass,
    classes,
    step,
    outStart,
    outWords: Int32Array.from(output.flat()),
    lengths: Int32Array.from(words, (w) => w.length),
    ends,
    lastSeen: new Uint32Array(words.length),
    slot: new Int32Array(words.length),
    passes: 0,
  };
}

export function sieve(norm: string, automaton: Sieve): Sieved {
  const found: Found = [];
  const { step, outStart, outWords, lengths, ends, words, placed, asciiClass, otherClass, classes, lastSeen, slot } =
    automaton;
  if (automaton.passes === 0xffffffff) {
    lastSeen.fill(0);
    automaton.passes = 0;
  }
  const pass = ++automaton.passes;
  let state = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    const k = c < 128 ? (asciiClass[c] ?? 0) : (otherClass.get(c) ?? 0);
    state = step[state * classes + k] ?? 0;
    if (ends[state] === 0) {
      continue;
    }
    const last = outStart[state + 1] ?? 0;
    for (let o = outStart[state] ?? 0; o < last; o++) {
      const index = outWords[o] ?? 0;
      const first = lastSeen[index] !== pass;
      lastSeen[index] = pass;
      if (index >= placed) {
        continue;
      }
      const at = i - (lengths[index] ?? 0) + 1;
      if (first) {
        slot[index] = found.length;
        found.push([words[index] ?? '', [at], index]);
      } else {
        const places = found[slot[index] ?? 0]?.[1];
        if (places && places.length < maxPlaces) {
          places.push(at);
        }
      }
    }
  }
  return { found, pass, lastSeen };
}
