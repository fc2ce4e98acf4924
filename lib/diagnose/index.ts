// The classifier as the site uses it: rules compiled once per server process, and readied (warmUp)
// so that the first customers' texts do not pay for compiling its expressions.
import 'server-only';

import { getLibrary } from '../content';
import { env } from '../env';
import { classify, compileRules, warmUp, type Classification, type Classifier } from './classify';

let classifier: Promise<Classifier> | undefined;

export function getClassifier(): Promise<Classifier> {
  if (env.NODE_ENV === 'development') {
    return getLibrary().then((l) => compileRules(l.diagnose));
  }
  classifier ??= getLibrary().then((l) => warmUp(compileRules(l.diagnose)));
  return classifier;
}

export async function classifyText(text: string): Promise<Classification> {
  return classify(text, await getClassifier());
}
