// What the words around a mention say about it: the message's language, whether a word denies
// it, whether it names where mail goes rather than what sends it. Pure helpers over a message's words.
import type { Understanding } from '../content/schema';
import type { Word } from '../vocabulary/normalise';
import type { Span } from './phrases';
import type { Language, Reader } from './reader';

/**
 * The language with most of its small words in the message; English unless another clearly wins,
 * with more of its small words than English has ("no auth and no ssl" stays English).
 */
export function guessLanguage(words: ReadonlyArray<Word>, reader: Reader): Language {
  const count = (list: ReadonlyArray<string>) => {
    const set = reader.words(list);
    return words.filter((w) => set.has(w.text)).length;
  };
  const { en = [], ...others } = reader.understanding.languages;
  let best: Language = 'en';
  let bestCount = Math.max(1, count(en));
  for (const [language, list] of Object.entries(others) as Array<[Language, Array<string>]>) {
    const found = count(list);
    if (found > bestCount) {
      best = language;
      bestCount = found;
    }
  }
  return best;
}

/** A message's denying words of one kind, in every language, but those that mean something else in its own. */
export function denials(reader: Reader, language: Language, kind: 'before' | 'verbs'): ReadonlySet<string> {
  const { negation } = reader.understanding;
  const except = reader.words(negation.notIn[language] ?? []);
  const all = new Set(Object.values(negation[kind]).flatMap((list) => [...reader.words(list)]));
  return new Set([...all].filter((w) => !except.has(w)));
}

/**
 * The words again, with a new part of the sentence after each "but", "aber", "mais"…, and before a
 * place that begins a new statement without a comma ("cant send at home its fine": `statementStarts`).
 */
export function splitClauses(words: ReadonlyArray<Word>, understanding: Understanding, reader: Reader): Array<Word> {
  const breaks = reader.words(understanding.clauseBreaks);
  const starts = statementStarts(words, understanding, reader);
  let shift = 0;
  return words.map((w, i) => {
    shift += breaks.has(w.text) || starts.has(i) ? 1 : 0;
    return { ...w, clause: w.clause + shift };
  });
}

/** Where a place with a "works" word after it begins a new statement inside a part of a sentence. */
function statementStarts(words: ReadonlyArray<Word>, understanding: Understanding, reader: Reader): Set<number> {
  const { places, links, prepositions: before, within } = understanding.statementStarts;
  const linking = reader.words(links);
  const prepositions = reader.words(before);
  const cues = reader.words(understanding.ports.cues);
  const numbers = reader.words(understanding.ports.numbers);
  const placeSpans = [
    ...reader.find(places, words),
    ...words.flatMap((w, i) =>
      numbers.has(w.text) && !cues.has(words[i - 1]?.text ?? '') ? [{ start: i, end: i + 1 }] : [],
    ),
  ];
  const works = reader.find(understanding.works, words);
  const placeAt = new Set(placeSpans.map((p) => p.start));
  // a place right after another ("mobile broadband dongle"), or after a linking word ("dados
  // moveis do telemovel", "los datos del celular"), continues it; one that begins with a
  // preposition ("mobile broadband on wifi everything works") is a new one
  const placeEnd = new Set(placeSpans.map((p) => p.end));
  const starts = new Set<number>();
  for (const place of placeSpans) {
    const opens =
      place.start > 0 &&
      words[place.start - 1]?.clause === words[place.start]?.clause &&
      !(placeEnd.has(place.start) && !prepositions.has(words[place.start]?.text ?? '')) &&
      !linking.has(words[place.start - 1]?.text ?? '');
    const worksAfter = works.some(
      (w) =>
        w.start >= place.end &&
        w.start - place.end < within &&
        words.slice(place.start, w.start + 1).every((x) => x.clause === words[place.start]?.clause) &&
        !placeAt.has(w.end) &&
        !placeAt.has(w.end + 1),
    );
    if (opens && worksAfter) {
      starts.add(place.start);
    }
  }
  return starts;
}

/**
 * Is the mention at `start` denied by a word before it ("not port 25", "sin cifrado")? Only filler
 * words may stand between, and never the end of a part of the sentence.
 */
export function deniedAt(
  words: ReadonlyArray<Word>,
  start: number,
  cues: ReadonlySet<string>,
  fillers: ReadonlySet<string>,
  quantifiers: ReadonlySet<string>,
): boolean {
  const clause = words[start]?.clause;
  for (let i = start - 1, skipped = 0; i >= 0 && words[i]?.clause === clause && skipped <= 3; i--, skipped++) {
    const text = words[i]?.text ?? '';
    if (cues.has(text)) {
      // "keine der Methoden", "none of the": a quantifier, not a denial of what follows.
      return !quantifiers.has(words[i + 1]?.text ?? '');
    }
    if (!fillers.has(text)) {
      return false;
    }
  }
  return false;
}

/** Do these words deny a "works" word at this span: "doesn't work", "stopped working", "geht nicht"? */
export function verbDenied(
  words: ReadonlyArray<Word>,
  span: { start: number; end: number },
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
  contrast: { words: ReadonlySet<string>; prepositions: ReadonlySet<string> } = {
    words: new Set(),
    prepositions: new Set(),
  },
): boolean {
  const clause = words[span.start]?.clause;
  // "works on 4g not on wifi", typed with no comma: "not" after a place, with a preposition right
  // after it, begins the place where it fails ("geht es nicht", "marche pas" still deny)
  const begins = (at: number) =>
    at > span.end && contrast.words.has(words[at]?.text ?? '') && contrast.prepositions.has(words[at + 1]?.text ?? '');
  const follows = words
    .slice(span.end, span.end + 3)
    .some((w, i) => w.clause === clause && after.has(w.text) && !begins(span.end + i));
  return precededBy(words, span.start, before, 2) || follows;
}

/**
 * Does one of the spans (of a phrase list, found once per message) start before `start` and end
 * within `reach` words of it (or inside the mention: "to my" before "my server"), in the same
 * part of the sentence?
 */
export function spanBefore(words: ReadonlyArray<Word>, start: number, spans: ReadonlyArray<Span>, reach = 3): boolean {
  const clause = words[start]?.clause;
  return spans.some((s) => s.start < start && start - s.end < reach && words[s.start]?.clause === clause);
}

/** Is one of these words among the `reach` words right before `start`, in the same part of the sentence? */
export function precededBy(words: ReadonlyArray<Word>, start: number, set: ReadonlySet<string>, reach = 3): boolean {
  const clause = words[start]?.clause;
  for (let i = start - 1; i >= Math.max(0, start - reach); i--) {
    if (words[i]?.clause !== clause) {
      return false;
    }
    if (set.has(words[i]?.text ?? '')) {
      return true;
    }
  }
  return false;
}

/** Does one of the spans stand within `reach` words of the span, in the same sentence? */
export function near(words: ReadonlyArray<Word>, span: Span, spans: ReadonlyArray<Span>, reach = 2): boolean {
  const sentence = words[span.start]?.sentence;
  return spans.some(
    (s) =>
      words[s.start]?.sentence === sentence &&
      (s.end <= span.start ? span.start - s.end < reach : s.start >= span.end && s.start - span.end < reach),
  );
}

/** "to" (and its like) one or two words before `at`, in the same part of the sentence. */
export function toBefore(words: ReadonlyArray<Word>, at: number, reader: Reader): boolean {
  const to = reader.words(reader.understanding.former.to);
  return [words[at - 1], words[at - 2]].some((b) => b?.clause === words[at]?.clause && to.has(b?.text ?? ''));
}

/**
 * Is the word at `at` where a move went ("we moved to fibre", "switched over to 587")? "to" right
 * before it and a moving word a few words before that, in one part of the sentence.
 */
export function movedTo(words: ReadonlyArray<Word>, at: number, reader: Reader): boolean {
  const moves = reader.words(reader.understanding.former.moves);
  return (
    toBefore(words, at, reader) &&
    words.slice(Math.max(0, at - 6), at - 1).some((b) => b.clause === words[at]?.clause && moves.has(b.text))
  );
}
