// One pass over the text finds which of the patterns' plain words it contains, and where, so only
// the patterns that can match are tried, and only near those words.
import type { Classifier } from './compile';

/** At most this many places are kept for each word; enough to find the evidence, bounded work. */
const maxPlaces = 8;

export type Found = Map<string, Array<number>>;

export function sieve(norm: string, classifier: Classifier): Found {
  const found: Found = new Map();
  const note = (literal: string, at: number) => {
    const places = found.get(literal);
    if (!places) {
      found.set(literal, [at]);
    } else if (places.length < maxPlaces && places.at(-1) !== at) {
      places.push(at);
    }
  };
  const re = classifier.sieve;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
    for (const [inner, offset] of classifier.inside.get(m[0]) ?? []) {
      note(inner, m.index + offset);
    }
    // Words may overlap (a word starting inside another), so go on from the next character.
    re.lastIndex = m.index + 1;
  }
  return found;
}
