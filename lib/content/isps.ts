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

/** Does every word typed appear in the ISP's name, former names and aliases (or `also`, e.g. its country)? */
export function ispMatches(isp: Pick<IspEntry, 'name' | 'slug' | 'aliases'>, query: string, also = ''): boolean {
  // Compared as the chat compares what people type: the vocabulary's normal form.
  const words = normalise(query).trim().split(' ').filter(Boolean);
  const haystack = normalise([isp.name, isp.slug.replace(/-/g, ' '), ...isp.aliases, also].join(' '));
  return words.length > 0 && words.every((w) => haystack.includes(` ${w}`));
}
