// Phrase families: a value stated by words that may stand apart in a sentence ("it works fine on
// my phone's hotspot", "a letter from Telekom about spam from my line"), from
// content/chat/understanding.yaml.
import type { Word } from '../vocabulary/normalise';
import { denials, verbDenied } from './context';
import type { Mention } from './mentions';
import { findAll, range, type Span } from './phrases';
import type { CompiledFamily, Language, Reader } from './reader';

/** Every family the words state; `ispSentences` are the sentences that name the provider. */
export function familyMentions(
  words: ReadonlyArray<Word>,
  reader: Reader,
  language: Language,
  ispSentences: ReadonlySet<number>,
): Array<Mention> {
  const verbs = denials(reader, language, 'verbs');
  const after = reader.words(reader.understanding.negation.after);
  const mentions: Array<Mention> = [];
  for (const family of reader.families) {
    const occurrences = family.groups.map((group, g) =>
      findAll(group, words).filter((s) => g !== family.affirm || !verbDenied(words, s, verbs, after)),
    );
    for (const combo of combinations(occurrences, family, words)) {
      const sentence = words[combo[0]?.start ?? 0]?.sentence ?? -1;
      if (family.withProvider && !ispSentences.has(sentence)) {
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
        weak: false,
        answer: false,
        covered,
        claims: family.claims,
      });
    }
  }
  return mentions;
}

/** One occurrence of every group, in one sentence, within the family's reach (and order). */
function combinations(
  occurrences: Array<Array<Span>>,
  family: CompiledFamily,
  words: ReadonlyArray<Word>,
): Array<Array<Span>> {
  const results: Array<Array<Span>> = [];
  const extend = (chosen: Array<Span>, g: number) => {
    if (g === occurrences.length) {
      results.push(chosen);
      return;
    }
    for (const s of occurrences[g] ?? []) {
      const all = [...chosen, s];
      const start = Math.min(...all.map((x) => x.start));
      const end = Math.max(...all.map((x) => x.end));
      const sameSentence = all.every((x) => words[x.start]?.sentence === words[s.start]?.sentence);
      const overlaps = chosen.some((x) => x.start < s.end && s.start < x.end);
      const inOrder = family.order !== 'given' || chosen.every((x) => x.end <= s.start);
      if (sameSentence && !overlaps && inOrder && end - start <= family.within) {
        extend(all, g + 1);
      }
    }
  };
  extend([], 0);
  return results;
}
