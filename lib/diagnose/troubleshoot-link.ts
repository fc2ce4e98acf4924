// From a diagnosis to the troubleshooter: the facts the text gave, as a /troubleshoot query.
import { parseFacts, toQuery } from '../vocabulary/query';
import type { FactName, Facts } from '../vocabulary/facts';
import type { Classification } from './classify';

/** What the customer says about their own setup; a pasted text only fills these in when unknown. */
const setupFacts: ReadonlyArray<FactName> = ['sender', 'client', 'server', 'isp', 'connection', 'os'];

/**
 * The facts a classification gives the troubleshooter, merged with what the case already knew.
 * The text says what happened (symptom, port, diagnosis), so those replace earlier answers; the
 * customer's own answers about their setup stand, because a text's hints at the sender (a Python
 * trace, a Postfix log line) are an inference and the answer was not.
 */
export function factsFromClassification(result: Classification, known: Facts, ispSlugs: ReadonlySet<string>): Facts {
  const stated = Object.fromEntries(
    setupFacts.filter((name) => known[name] !== undefined).map((name) => [name, known[name]]),
  );
  const candidate = new URLSearchParams(
    toQuery({
      ...known,
      ...result.implied,
      ...stated,
      ...(result.diagnosis === 'unknown' ? {} : { diagnosis: result.diagnosis }),
    }),
  );
  const parsed = parseFacts(candidate, ispSlugs);
  // Every implied value comes from the vocabulary (checked at build), so this only guards a bug.
  return parsed.ok ? parsed.facts : known;
}

export function troubleshootPath(facts: Facts): string {
  const query = toQuery(facts);
  return `/troubleshoot${query ? `?${query}` : ''}`;
}
