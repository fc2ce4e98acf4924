// The ISP directory: one YAML file per internet provider in content/isps/.
import { normalise } from '../vocabulary/normalise';
import type { Problem } from './problems';
import { ispSchema, type Isp } from './schema';
import { parseYaml } from './yaml';

export type IspEntry = Isp & { slug: string; file: string };

export function parseIsp(text: string, file: string, slug: string): { isp?: IspEntry; problems: Array<Problem> } {
  const parsed = parseYaml(text, ispSchema, file);
  return parsed.ok ? { isp: { ...parsed.value, slug, file }, problems: [] } : { problems: parsed.problems };
}

/**
 * An alias (or a slug) that names two ISPs would make "I'm with X" ambiguous. Aliases are compared
 * as the chat reads them (case, accents and punctuation ignored), so "at&t" and "at-t" are one.
 */
export function checkIspAliases(isps: ReadonlyArray<IspEntry>): Array<Problem> {
  const owner = new Map<string, string>();
  const problems: Array<Problem> = [];
  for (const isp of isps) {
    for (const alias of new Set([isp.slug, isp.name, ...isp.aliases].map((a) => normalise(a).trim()))) {
      const first = owner.get(alias);
      if (first !== undefined && first !== isp.slug) {
        problems.push({
          file: isp.file,
          message: `alias "${alias}" also names content/isps/${first}.yaml; keep it on one ISP`,
        });
      } else {
        owner.set(alias, isp.slug);
      }
    }
  }
  return problems;
}
