// content/diagnose/rules.yaml: the classifier's rules, checked so a broken or dangerous pattern
// fails the build with the rule named.
import { unsafeRegexReason } from './safe-regex';
import { factValues, type FactName } from '../vocabulary/facts';
import type { Problem } from './problems';
import { diagnoseRulesSchema, type DiagnoseRules } from './schema';
import { parseYaml } from './yaml';

function checkImplied(implies: Record<string, string> | undefined, where: string, file: string): Array<Problem> {
  return Object.entries(implies ?? {}).flatMap(([fact, value]) => {
    const allowed: ReadonlyArray<string> = factValues[fact as FactName] ?? [];
    return allowed.includes(value)
      ? []
      : [{ file, message: `${where}: implies ${fact}: "${value}", which is not one of ${allowed.join(', ')}` }];
  });
}

export function parseDiagnoseRules(text: string, file: string): { rules?: DiagnoseRules; problems: Array<Problem> } {
  const parsed = parseYaml(text, diagnoseRulesSchema, file);
  if (!parsed.ok) {
    return { problems: parsed.problems };
  }
  const problems: Array<Problem> = [];
  const ids = new Set<string>();
  for (const [name, d] of Object.entries(parsed.value.diagnoses)) {
    problems.push(...checkImplied(d.implies, `diagnoses.${name}`, file));
  }
  parsed.value.rules.forEach((rule, i) => {
    const where = `rules[${i}] (${rule.id})`;
    if (ids.has(rule.id)) {
      problems.push({ file, message: `${where}: the id is used twice; rename one` });
    }
    ids.add(rule.id);
    if (rule.suppress && rule.diagnosis !== 'connected') {
      problems.push({ file, message: `${where}: only "connected" rules may suppress diagnoses` });
    }
    problems.push(...checkImplied(rule.implies, where, file));
    rule.patterns.forEach((pattern, j) => {
      try {
        new RegExp(pattern, 'i');
      } catch (error) {
        problems.push({ file, message: `${where} pattern ${j + 1}: not a valid regular expression (${(error as Error).message})` });
        return;
      }
      const unsafe = unsafeRegexReason(pattern);
      if (unsafe) {
        problems.push({ file, message: `${where} pattern ${j + 1}: ${unsafe}` });
      }
    });
  });
  return problems.length > 0 ? { problems } : { rules: parsed.value, problems };
}
