// Phrase families: a value stated by words that may stand apart in a sentence ("it works fine on
// my phone's hotspot", "a letter from Telekom about spam from my line"), from
// content/chat/understanding.yaml.
import type { Word } from '../vocabulary/normalise';
import { denials, verbDenied } from './context';
import type { Mention } from './mentions';
import { findIndexed, range, type Span } from './phrases';
import type { CompiledFamily, Language, Reader } from './reader';

/** A sentence of this many words or fewer is a heading ("Telekom Magenta DSL."), not a statement. */
const headingWords = 4;

/** Every family the words state; `ispSentences` are the sentences that name the provider. */
export function familyMentions(
  words: ReadonlyArray<Word>,
  reader: Reader,
  language: Language,
  ispSentences: ReadonlySet<number>,
): Array<Mention> {
  const verbs = denials(reader, language, 'verbs');
  // A denying word that means something else in the message's language ("no" is "in the" in
  // Portuguese: "no iphone dá erro") denies nothing in a family's group of denials either.
  const foreign = reader.words(reader.understanding.negation.notIn[language] ?? []);
  const after = reader.words(reader.understanding.negation.after);
  const contrast = {
    words: reader.words(reader.understanding.negation.contrast),
    prepositions: reader.words(reader.understanding.statementStarts.prepositions),
  };
  const mentions: Array<Mention> = [];
  const lengths = new Map<number, number>();
  words.forEach((w) => lengths.set(w.sentence, (lengths.get(w.sentence) ?? 0) + 1));
  const headings = new Set([...lengths].filter(([, n]) => n <= headingWords).map(([s]) => s));
  for (const family of reader.families) {
    const unless = family.unless ? reader.find(family.unless, words) : [];
    const notWith = new Set(
      family.notWith ? reader.find(family.notWith, words).map((s) => words[s.start]?.sentence) : [],
    );
    const occurrences = family.groups.map((group, g) =>
      findIndexed(group, words).filter(
        (s) =>
          (g !== family.affirm || !verbDenied(words, s, verbs, after, contrast)) &&
          !(family.denying.has(g) && s.end - s.start === 1 && foreign.has(words[s.start]?.text ?? '')) &&
          (g !== family.last || words[s.end]?.clause !== words[s.start]?.clause) &&
          !unless.some((u) => u.start < s.end && s.start < u.end),
      ),
    );
    for (const combo of combinations(occurrences, family, words)) {
      const sentence = words[combo[0]?.start ?? 0]?.sentence ?? -1;
      // The provider may be named in a heading of a few words right before: "Plusnet ADSL. We got
      // a letter saying our line sent spam."
      const providerNamed =
        ispSentences.has(sentence) || (ispSentences.has(sentence - 1) && headings.has(sentence - 1));
      if ((family.withProvider && !providerNamed) || notWith.has(sentence)) {
        continue;
      }
      const start = Math.min(...combo.map((s) => s.start));
      const end = Math.max(...combo.map((s) => s.end));
      const covered = new Set(combo.flatMap((s) => [...range(s.start, s.end)]));
      mentions.push({
        start,
        end,
        fact: family.fact,
        value: family.value,
        weak: family.weak,
        answer: false,
        covered,
        claims: family.claims,
        family: true,
      });
    }
  }
  return mentions;
}

/**
 * For each occurrence of the first group, every occurrence of each other group that stands with
 * it in one sentence, within the family's reach (and order), without overlapping it: one statement
 * per first-group phrase, made of all those words. Work grows with the first group's occurrences
 * times the others', never more, so a long message of repeated family words stays cheap.
 */
function combinations(
  occurrences: Array<Array<Span>>,
  family: CompiledFamily,
  words: ReadonlyArray<Word>,
): Array<Array<Span>> {
  const [anchors = [], ...rest] = occurrences;
  const results: Array<Array<Span>> = [];
  for (const anchor of anchors) {
    const fits = (s: Span) =>
      words[s.start]?.[family.part] === words[anchor.start]?.[family.part] &&
      !(anchor.start < s.end && s.start < anchor.end) &&
      (family.order !== 'given' || anchor.end <= s.start) &&
      Math.max(s.end, anchor.end) - Math.min(s.start, anchor.start) <= family.within;
    const found = rest.map((group) => group.filter(fits));
    if (found.every((group) => group.length > 0)) {
      // A family that claims its words claims those in the first group's part of the sentence when
      // there are any: "fails over mobile data, on wifi it's fine" leaves the mobile data that
      // fails to the connection.
      const clause = words[anchor.start]?.clause;
      const own = (group: Array<Span>) => {
        const inClause = group.filter((s) => words[s.start]?.clause === clause);
        return inClause.length > 0 ? inClause : group;
      };
      results.push([anchor, ...(family.claims ? found.flatMap(own) : found.flat())]);
    }
  }
  return results;
}
