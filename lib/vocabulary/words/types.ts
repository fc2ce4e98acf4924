// The shape of the vocabulary's words (see ../words.ts).
import type { FactName, FactValue } from '../facts';

export type Words = {
  /** How the value reads as a choice: an answer button, a select option. May use {{esp.name}}. */
  label: string;
  /** How it reads inside a sentence, addressed to the customer: "It looks like {name} is sending on port 25". */
  name: string;
  /**
   * What customers type for it, in English, Spanish, French, German or Portuguese, wherever it
   * appears in a message: matched as whole words, ignoring case, accents and punctuation; a word
   * ending in * matches any word it begins. The label is understood too, as an answer.
   */
  synonyms: ReadonlyArray<string>;
  /**
   * What means the value only as the answer to its own question: "yes", "none", "25", "I don't
   * know". Read anywhere else these would be guesses.
   */
  answers?: ReadonlyArray<string>;
};

/** Facts with words here: every fact but the diagnosis (its titles are the classifier's, in content/diagnose/). */
export type WordedFact = Exclude<FactName, 'diagnosis'>;

/** The ISP fact's values are the directory's slugs (named in content/isps/); only "other" has words here. */
export type ValueWords<F extends WordedFact> = F extends 'isp' ? Record<'other', Words> : Record<FactValue<F>, Words>;
