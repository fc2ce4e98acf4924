// Words as customers really type them, read as the words the chat knows: one letter dropped,
// added, wrong or two swapped in a long word ("outlok", "thunderbrid", "conection", "potsfix"),
// German umlauts written out ("laeuft", "zeitueberschreitung", "Buero"), and, in French, an elided
// word typed without its apostrophe ("jenvoie", "lhotel", "narrive"). A word is changed only when
// the chat does not know it as typed and exactly one known word is that close, so a word it knows,
// and a word close to no known word or to two, stays as it is.
import type { Word } from '../vocabulary/normalise';

export type Lexicon = {
  /** Every word of every phrase the chat reads with. */
  known: ReadonlySet<string>;
  /** Words that phrases give as beginnings ("authenti*"): a word that begins with one is known. */
  beginnings: ReadonlyArray<string>;
  /** Long known words by each string one deletion makes of them (and by themselves). */
  byDeletion: ReadonlyMap<string, ReadonlyArray<string>>;
  /** Names of providers, programs and servers, which take a possessive's s ("telstras"). */
  names: ReadonlySet<string>;
};

/** A mistyped word is read as a known one only from this length on: shorter words have too many neighbours. */
const minTyped = 6;
const minKnown = 7;
/** The shortest word an elision may stand before ("lhotel" is l + hotel; "tout" is no t + out). */
const minElided = 4;

const letters = /^[a-z]+$/;

function deletions(word: string): Array<string> {
  return Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1));
}

/**
 * `words`: the words of every phrase, as `readWords` gives them; a final * marks a beginning.
 * `names`: the one-word names of providers, programs and servers.
 */
export function buildLexicon(words: Iterable<string>, names: Iterable<string>): Lexicon {
  const known = new Set<string>();
  const beginnings = new Set<string>();
  for (const w of words) {
    if (w.endsWith('*')) {
      beginnings.add(w.slice(0, -1));
    } else {
      known.add(w);
    }
  }
  const byDeletion = new Map<string, Array<string>>();
  const file = (key: string, word: string) => {
    const list = byDeletion.get(key);
    if (!list) {
      byDeletion.set(key, [word]);
    } else if (!list.includes(word)) {
      list.push(word);
    }
  };
  for (const word of known) {
    if (word.length >= minKnown && letters.test(word)) {
      file(word, word);
      deletions(word).forEach((d) => file(d, word));
    }
  }
  return { known, beginnings: [...beginnings].filter((b) => b.length >= 3), byDeletion, names: new Set(names) };
}

function isKnown(word: string, lexicon: Lexicon): boolean {
  return lexicon.known.has(word) || lexicon.beginnings.some((b) => word.startsWith(b));
}

/** Keys next to each other on QWERTY, QWERTZ and AZERTY keyboards: a wrong letter is a neighbour's. */
const keyRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const neighbours = new Map<string, string>();
keyRows.forEach((row, r) => {
  for (let i = 0; i < row.length; i++) {
    const near = [
      row[i - 1],
      row[i + 1],
      keyRows[r - 1]?.[i],
      keyRows[r - 1]?.[i + 1],
      keyRows[r + 1]?.[i],
      keyRows[r + 1]?.[i - 1],
    ];
    neighbours.set(row[i] ?? '', near.filter(Boolean).join(''));
  }
});
// The letters QWERTZ and AZERTY put elsewhere.
for (const [a = '', b = ''] of ['yz', 'aq', 'wz', 'ml']) {
  neighbours.set(a, `${neighbours.get(a) ?? ''}${b}`);
  neighbours.set(b, `${neighbours.get(b) ?? ''}${a}`);
}

/**
 * Whether a typed word is a known one mistyped by one slip inside it: a letter dropped or doubled,
 * a neighbouring key hit, or two letters swapped. The first letter is never the slip, nor is the
 * last dropped, added or changed (the last two may be swapped): there a different word ("entry",
 * "sentry"; "socket", "pocket") or another form of the same one ("provided", "provider"; "request",
 * "requests") is far likelier.
 */
function oneSlipApart(typed: string, known: string): boolean {
  let i = 0;
  while (i < typed.length && i < known.length && typed[i] === known[i]) {
    i++;
  }
  if (i === 0) {
    return false;
  }
  if (typed.length === known.length) {
    const swapped = typed[i] === known[i + 1] && typed[i + 1] === known[i] && typed.slice(i + 2) === known.slice(i + 2);
    const slipped =
      i < typed.length - 1 &&
      typed.slice(i + 1) === known.slice(i + 1) &&
      (neighbours.get(known[i] ?? '') ?? '').includes(typed[i] ?? '');
    return swapped || slipped;
  }
  const [short, long] = typed.length < known.length ? [typed, known] : [known, typed];
  return long.length - short.length === 1 && i < short.length && short.slice(i) === long.slice(i + 1);
}

/** The one known word a mistyped word is one edit from, if exactly one is. */
function nearest(word: string, lexicon: Lexicon): string | undefined {
  if (word.length < minTyped || !letters.test(word)) {
    return undefined;
  }
  const near = new Set<string>();
  for (const key of [word, ...deletions(word)]) {
    for (const candidate of lexicon.byDeletion.get(key) ?? []) {
      if (oneSlipApart(word, candidate)) {
        near.add(candidate);
      }
    }
  }
  return near.size === 1 ? [...near][0] : undefined;
}

/** "laeuft" as "lauft" (läuft, its accent dropped as every word's is), when that is a known word. */
function umlautWrittenOut(word: string, lexicon: Lexicon): string | undefined {
  if (!/[aou]e/.test(word)) {
    return undefined;
  }
  const plain = word.replace(/([aou])e/g, '$1');
  return plain !== word && isKnown(plain, lexicon) ? plain : undefined;
}

/** "jenvoie" as "j envoie": an elided word before a known one, its apostrophe not typed. */
function elided(word: string, lexicon: Lexicon): [string, string] | undefined {
  const m = /^(qu|[cdjlmnst])([aeiouyh][a-z]*)$/.exec(word);
  const [, before = '', rest = ''] = m ?? [];
  return m && rest.length >= minElided && isKnown(rest, lexicon) ? [before, rest] : undefined;
}

/** "telstras", "postfixs": a name with the s of a possessive typed without its apostrophe. */
function possessive(word: string, lexicon: Lexicon): string | undefined {
  const stem = word.slice(0, -1);
  return word.endsWith('s') && stem.length >= 4 && lexicon.names.has(stem) ? stem : undefined;
}

/**
 * A word spelled out letter by letter, as dictation types it: "s s l" is ssl, "t l s" is tls, "a t
 * t" is att. A run of three or more one-letter words in one part of a sentence is read as one word
 * when the letters make a word the chat knows; any other run stays as it is.
 */
function joinLetters(words: ReadonlyArray<Word>, lexicon: Lexicon): Array<Word> {
  const out: Array<Word> = [];
  let at = 0;
  while (at < words.length) {
    let end = at;
    while (/^[a-z]$/.test(words[end]?.text ?? '') && words[end]?.clause === words[at]?.clause) {
      end++;
    }
    const joined = words
      .slice(at, end)
      .map((w) => w.text)
      .join('');
    const first = words[at];
    if (end - at >= 3 && first !== undefined && lexicon.known.has(joined)) {
      out.push({ ...first, text: joined });
      at = end;
    } else if (first !== undefined) {
      out.push(first);
      at += 1;
    }
  }
  return out;
}

/** Words after "i phone" that make it the verb ("i phone them"), not the device. */
const phoneVerb = new Set([
  'them',
  'him',
  'her',
  'you',
  'us',
  'back',
  'the',
  'my',
  'our',
  'their',
  'to',
  'and',
  'every',
  'later',
]);

/**
 * A name autocorrect split in two, as a phone types it: "thunder bird", "out look", "g mail", "i
 * phone", "bell south". Two words of one part of a sentence are read as one when together they make
 * the one-word name of a provider, a program or a server the chat knows (five letters or more) and
 * one of them is no word the chat knows or a single letter: "send mail" stays two words, "i phone
 * them" the verb.
 */
function joinSplitNames(words: ReadonlyArray<Word>, lexicon: Lexicon): Array<Word> {
  const out: Array<Word> = [];
  for (let at = 0; at < words.length; at++) {
    const first = words[at];
    const second = words[at + 1];
    const joined = `${first?.text ?? ''}${second?.text ?? ''}`;
    if (
      first !== undefined &&
      second !== undefined &&
      first.clause === second.clause &&
      letters.test(joined) &&
      joined.length >= 5 &&
      lexicon.names.has(joined) &&
      // two words the chat knows stay two ("send mail" is no sendmail), unless one is a letter
      (!isKnown(first.text, lexicon) || !isKnown(second.text, lexicon) || first.text.length === 1) &&
      !(first.text === 'i' && phoneVerb.has(words[at + 2]?.text ?? ''))
    ) {
      out.push({ ...first, text: joined });
      at += 1;
    } else if (first !== undefined) {
      out.push(first);
    }
  }
  return out;
}

/** Chat shorthand ("msg", "pw", "w/") as the words it stands for, each in the place of the one typed. */
export function expandShorthand(words: ReadonlyArray<Word>, shorthand: Readonly<Record<string, string>>): Array<Word> {
  return words.flatMap((w) =>
    Object.hasOwn(shorthand, w.text)
      ? (shorthand[w.text] ?? '').split(' ').map((text, i) => ({ ...w, text, ...(i > 0 ? { name: false } : {}) }))
      : [w],
  );
}

/** The message's words, each the chat does not know read as the one known word it was meant to be. */
export function correctWords(words: ReadonlyArray<Word>, lexicon: Lexicon, language?: 'de' | 'fr'): Array<Word> {
  return joinSplitNames(joinLetters(words, lexicon), lexicon).flatMap((w): Array<Word> => {
    if (isKnown(w.text, lexicon)) {
      return [w];
    }
    const split = language === 'fr' ? elided(w.text, lexicon) : undefined;
    if (split) {
      return [
        { ...w, text: split[0] },
        { ...w, text: split[1], name: false },
      ];
    }
    const text =
      (language === 'de' ? umlautWrittenOut(w.text, lexicon) : undefined) ??
      possessive(w.text, lexicon) ??
      nearest(w.text, lexicon);
    return [text === undefined ? w : { ...w, text }];
  });
}
