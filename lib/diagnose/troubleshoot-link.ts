// From a diagnosis to the troubleshooter: the facts the text gave, as a /troubleshoot query.
import { parseFacts, toQuery } from '../vocabulary/query';
import type { Facts } from '../vocabulary/facts';
import type { Classification } from './classify';

/** The facts a classification gives the troubleshooter, merged over what the case already knew. */
export function factsFromClassification(result: Classification, known: Facts, ispSlugs: ReadonlySet<string>): Facts {
  const candidate = new URLSearchParams(
    toQuery({
      ...known,
      ...result.implied,
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
