// Build-time checks of the vocabulary (lib/vocabulary/words/): every value has words, and no
// phrase names two values of one fact, or the chat could not tell which one a customer meant.
import { normalise } from '../vocabulary/normalise';
import type { Words } from '../vocabulary/words';
import type { Problem } from './problems';

/** Where the words live, for problem messages. */
export const vocabularyFile = 'lib/vocabulary/words';

export function checkVocabulary(
  words: Readonly<Record<string, Readonly<Record<string, Words>>>>,
  file = vocabularyFile,
): Array<Problem> {
  const problems: Array<Problem> = [];
  for (const [fact, byValue] of Object.entries(words)) {
    const owner = new Map<string, string>();
    for (const [value, w] of Object.entries(byValue)) {
      for (const [what, text] of [
        ['label', w.label],
        ['name', w.name],
      ] as const) {
        if (text.trim() === '') {
          problems.push({ file, message: `${fact}.${value}: the ${what} is empty; write how "${value}" reads` });
        }
      }
      for (const phrase of new Set([w.label, ...w.synonyms, ...(w.answers ?? [])].map((p) => normalise(p.replace(/\*/g, ''))))) {
        const first = owner.get(phrase);
        if (phrase.trim() === '') {
          problems.push({
            file,
            message: `${fact}.${value}: a synonym has no letters or digits; remove it`,
          });
        } else if (first !== undefined && first !== value) {
          problems.push({
            file,
            message: `${fact}: "${phrase.trim()}" names both ${first} and ${value}; keep it on one value, or the chat cannot tell which the customer meant`,
          });
        } else {
          owner.set(phrase, value);
        }
      }
    }
  }
  return problems;
}
