// The ISP directory: one YAML file per internet provider in content/isps/, and the checks that
// keep each entry to what its sources say.
import { normalise } from '../vocabulary/normalise';
import type { Problem } from './problems';
import { ispSchema, type Isp } from './schema';
import { parseYaml, yamlLine } from './yaml';

export type IspEntry = Isp & { slug: string; file: string };

export function parseIsp(text: string, file: string, slug: string): { isp?: IspEntry; problems: Array<Problem> } {
  const parsed = parseYaml(text, ispSchema, file);
  if (!parsed.ok) {
    return { problems: parsed.problems };
  }
  const isp: IspEntry = { ...parsed.value, slug, file };
  const problems = checkIspHonesty(isp).map(({ path, message }) => {
    const line = yamlLine(text, path);
    return { file, ...(line === undefined ? {} : { line }), message: `${path.join('.')}: ${message}` };
  });
  return problems.length > 0 ? { problems } : { isp, problems };
}

/** The day the entry was sourced: when its newest source was read. */
export function sourcedOn(isp: Pick<Isp, 'sources'>): string | undefined {
  return isp.sources
    .map((s) => s.read)
    .sort()
    .at(-1);
}

/** A year is reported by a source published that year; "undated" by an undated source. */
function reports(source: Isp['sources'][number], reported: string): boolean {
  return reported === 'undated' ? source.published === 'undated' : source.published.startsWith(reported);
}

type Finding = { path: Array<string | number>; message: string };

/**
 * What the schema cannot say: a status only for connection types a source names, in the year
 * that source reports it; "verified" only as a later re-check; "high" only on dated sources.
 */
export function checkIspHonesty(isp: Isp): Array<Finding> {
  const findings: Array<Finding> = [];
  for (const [connection, entry] of Object.entries(isp.port25)) {
    if (entry.status === 'unknown') {
      continue;
    }
    const naming = isp.sources.filter((s) => (s.connections as ReadonlyArray<string>).includes(connection));
    if (naming.length === 0) {
      findings.push({
        path: ['port25', connection],
        message: `no source names ${connection}, so its status stays unknown: remove this entry, or add "${connection}" to the connections of the source that names it`,
      });
    } else if (!naming.some((s) => reports(s, entry.reported))) {
      findings.push({
        path: ['port25', connection, 'reported'],
        message: `"${entry.reported}" is not the date of a source that names ${connection} (${naming.map((s) => s.published).join(', ')}); use that source's year, or "undated"`,
      });
    }
  }
  isp.exception.routes.forEach((route, i) => {
    if (!isp.sources.some((s) => reports(s, route.reported))) {
      findings.push({
        path: ['exception', 'routes', i, 'reported'],
        message: `"${route.reported}" is not the date of any source; use the year of the source that describes this route, or "undated"`,
      });
    }
  });
  const sourced = sourcedOn(isp);
  if (isp.verified !== undefined && (sourced === undefined || isp.verified <= sourced)) {
    findings.push({
      path: ['verified'],
      message: `a verification is a later re-check of the sources, but the newest source was read on ${sourced ?? 'no day'}; remove "verified" (the reading is recorded as each source's "read")`,
    });
  }
  if (isp.confidence === 'high' && isp.sources.some((s) => s.published === 'undated')) {
    findings.push({
      path: ['confidence'],
      message: 'an undated source cannot support "high" confidence that the entry is still accurate; use medium or low',
    });
  }
  if (isp.sources.length === 0) {
    if (isp.confidence !== 'low' || isp.exception.available !== 'unknown' || isp.submission.port587 !== 'unknown' || isp.submission.port465 !== 'unknown') {
      findings.push({
        path: ['sources'],
        message: 'without a source every fact stays unknown: exception.available and the submission ports "unknown", confidence low',
      });
    }
  }
  return findings;
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
