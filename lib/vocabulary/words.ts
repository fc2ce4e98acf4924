// The one vocabulary: for every value of every fact, how a choice reads, how it reads inside a
// sentence, and what customers type for it. The tree's options, the chat, the letter and the ISP
// pages all read these words; `satisfies` makes a value without words fail the type check.
import type { FactName } from './facts';
import { answerWords } from './words/answers';
import { networkWords } from './words/network';
import { sendingWords } from './words/sending';
import { symptomWords } from './words/symptoms';
import type { ValueWords, WordedFact, Words } from './words/types';

export type { Words, WordedFact } from './words/types';
export { hostingPanels, webHosts } from './words/network';

export const factWords = {
  ...sendingWords,
  ...symptomWords,
  ...networkWords,
  ...answerWords,
} satisfies { [F in WordedFact]: ValueWords<F> };

/** The words for one value, or undefined for a value outside the vocabulary (an ISP slug). */
export function wordsFor(fact: FactName, value: string): Words | undefined {
  if (fact === 'diagnosis') {
    return undefined;
  }
  const byValue: Partial<Record<string, Words>> = factWords[fact];
  return byValue[value];
}

/** What a fact is called where its value is listed: a ticket summary's line, a form field's label. */
export const factTitle = {
  isp: 'Internet provider',
  connection: 'Kind of connection',
  client: 'Mail program',
  server: 'Mail server software',
} as const satisfies Partial<Record<FactName, string>>;
