// content/chat/understanding.yaml, checked: every fact and value it names must be the
// vocabulary's, every port it reads one the tree asks about, and every phrase readable.
import { factValues, otherIsp, ports, type FactName } from '../vocabulary/facts';
import { normalise } from '../vocabulary/normalise';
import type { Problem } from './problems';
import { understandingSchema, type Understanding } from './schema';
import { lineFinder, parseYaml } from './yaml';

const valuesOf = (fact: FactName): ReadonlyArray<string> => factValues[fact] ?? [otherIsp];

type Finding = { path: Array<string | number>; message: string };

function checkValues(u: Understanding): Array<Finding> {
  const findings: Array<Finding> = [];
  const check = (path: Array<string | number>, fact: FactName, value: string) => {
    if (!valuesOf(fact).includes(value)) {
      findings.push({ path, message: `"${value}" is not a value of ${fact}; use one of ${valuesOf(fact).join(', ')}` });
    }
  };
  for (const key of ['prefer', 'vague'] as const) {
    for (const [fact, values] of Object.entries(u[key])) {
      values.forEach((v, i) => check([key, fact, i], fact as FactName, v));
    }
  }
  const byValue: Array<readonly ['weak' | 'families', string, object | undefined]> = [
    ...Object.entries(u.weak).map(([fact, values]) => ['weak', fact, values] as const),
    ...Object.entries(u.families).map(([fact, values]) => ['families', fact, values] as const),
  ];
  for (const [key, fact, values] of byValue) {
    Object.keys(values ?? {}).forEach((v) => check([key, fact, v], fact as FactName, v));
  }
  // A family's `affirm` and `last` name one of its own groups.
  for (const [fact, values] of Object.entries(u.families)) {
    for (const [value, list] of Object.entries(values ?? {})) {
      list.forEach((family, i) => {
        for (const key of ['affirm', 'last'] as const) {
          const group = family[key];
          if (group !== undefined && group >= family.all.length) {
            findings.push({
              path: ['families', fact, value, i, key],
              message: `group ${group} does not exist; use 0 to ${family.all.length - 1} (the family has ${family.all.length} groups)`,
            });
          }
        }
      });
    }
  }
  u.towards.facts.forEach((target, i) => {
    const [fact = '', value] = target.split('.');
    if (!(fact in factValues)) {
      findings.push({
        path: ['towards', 'facts', i],
        message: `"${fact}" is not a fact; use one of ${Object.keys(factValues).join(', ')}`,
      });
    } else if (value !== undefined) {
      check(['towards', 'facts', i], fact as FactName, value);
    }
  });
  for (const key of ['numbers', 'needsCue'] as const) {
    u.ports[key].forEach((n, i) => {
      if (!(ports as ReadonlyArray<string>).includes(n)) {
        findings.push({ path: ['ports', key, i], message: `${n} is not a port the tree asks about; use one of ${ports.join(', ')}` });
      }
    });
  }
  return findings;
}

/** Every phrase must keep a letter or digit once read the chat's way, or it would match everything. */
function checkPhrases(value: unknown, path: Array<string | number>, findings: Array<Finding>): void {
  if (typeof value === 'string') {
    if (normalise(value.replace(/\*/g, '')).trim() === '') {
      findings.push({ path, message: `"${value}" has no letters or digits; remove it` });
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => checkPhrases(v, [...path, i], findings));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      checkPhrases(v, [...path, k], findings);
    }
  }
}

const describe = (path: ReadonlyArray<string | number>) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');

export function parseUnderstanding(text: string, file: string): { understanding?: Understanding; problems: Array<Problem> } {
  const parsed = parseYaml(text, understandingSchema, file);
  if (!parsed.ok) {
    return { problems: parsed.problems };
  }
  const findings = checkValues(parsed.value);
  checkPhrases(parsed.value, [], findings);
  const lineAt = lineFinder(text);
  const problems = findings.map(({ path, message }): Problem => {
    const line = lineAt(path);
    return { file, ...(line === undefined ? {} : { line }), message: `${describe(path)}: ${message}` };
  });
  return problems.length > 0 ? { problems } : { understanding: parsed.value, problems };
}
