// content/request/letter.yaml: the request letter's template. The ESP's placeholders are filled
// now; the customer's stay for render time. Any other {{name}}, or a condition that cannot hold,
// fails the build.
import { port25Assumptions } from '../markdown/conditions';
import { explainMissing, fillPlaceholders, type Placeholders } from '../markdown/placeholders';
import type { Problem } from './problems';
import { letterConditions, letterPlaceholders, letterTemplateSchema, type LetterTemplate } from './schema';
import { parseYaml } from './yaml';

export function parseLetterTemplate(
  text: string,
  file: string,
  placeholders: Placeholders | undefined,
): { template?: LetterTemplate; problems: Array<Problem> } {
  const parsed = parseYaml(text, letterTemplateSchema, file);
  if (!parsed.ok) {
    return { problems: parsed.problems };
  }
  const problems: Array<Problem> = port25Assumptions(text).map((p) => ({ file, line: p.line, message: p.message }));
  const all = new Map(placeholders ?? []);
  for (const name of letterPlaceholders) {
    all.set(name, `{{${name}}}`);
  }
  const fill = (value: string, where: string) =>
    placeholders
      ? fillPlaceholders(value, all, (name) =>
          problems.push({
            file,
            message: `${where}: ${explainMissing(name)}; the letter's own are ${letterPlaceholders.map((n) => `{{${n}}}`).join(', ')}`,
          }),
        )
      : value;
  const t = parsed.value;
  const template: LetterTemplate = {
    subject: fill(t.subject, 'subject'),
    greeting: { route: fill(t.greeting.route, 'greeting.route'), generic: fill(t.greeting.generic, 'greeting.generic') },
    paragraphs: t.paragraphs.map((p, i) => {
      for (const [key, value] of Object.entries(p.when ?? {})) {
        const allowed: ReadonlyArray<string> = letterConditions[key as keyof typeof letterConditions];
        if (!allowed.includes(value)) {
          problems.push({ file, message: `paragraphs[${i}].when.${key}: "${value}" can never hold; use one of ${allowed.join(', ')}` });
        }
      }
      return { ...p, text: fill(p.text, `paragraphs[${i}]`) };
    }),
    closing: fill(t.closing, 'closing'),
    assurances: Object.fromEntries(
      Object.entries(t.assurances).map(([k, v]) => [k, fill(v, `assurances.${k}`)]),
    ) as LetterTemplate['assurances'],
  };
  return problems.length > 0 ? { problems } : { template, problems };
}
