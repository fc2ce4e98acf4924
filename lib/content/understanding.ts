// content/chat/understanding.yaml, checked: every fact and value must exist in the vocabulary.
import { factValues, otherIsp, type FactName } from '../troubleshoot/vocabulary';
import type { Problem } from './problems';
import { understandingSchema, type Understanding } from './schema';
import { parseYaml } from './yaml';

export function parseUnderstanding(text: string, file: string): { understanding?: Understanding; problems: Array<Problem> } {
  const parsed = parseYaml(text, understandingSchema, file);
  if (!parsed.ok) {
    return { problems: parsed.problems };
  }
  const problems: Array<Problem> = [];
  for (const [fact, values] of Object.entries(parsed.value)) {
    // ISPs are named by the directory; here only "other" can be given phrases.
    const allowed: ReadonlyArray<string> = factValues[fact as FactName] ?? [otherIsp];
    for (const value of Object.keys(values ?? {})) {
      if (!allowed.includes(value)) {
        problems.push({ file, message: `${fact}: "${value}" is not a value of ${fact}; use one of ${allowed.join(', ')}` });
      }
    }
  }
  return problems.length > 0 ? { problems } : { understanding: parsed.value, problems };
}
