// The assistant's state is its URL: facts as query parameters. Parsing is strict about the facts
// it knows (one value each, from the vocabulary) and ignores anything else, such as utm_ tags.
import { factNames, factValues, otherIsp, type FactName, type Facts } from './facts';

export type QueryProblem = { parameter: string; message: string };
export type ParsedFacts = { ok: true; facts: Facts } | { ok: false; problem: QueryProblem };

/** Query parameters as Next.js hands them to pages, or as URLSearchParams. */
export type RawQuery = URLSearchParams | Record<string, string | Array<string> | undefined>;

const maxValueLength = 64;

function valuesOf(query: RawQuery, name: string): Array<string> {
  if (query instanceof URLSearchParams) {
    return query.getAll(name);
  }
  const value = query[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function allowedValues(name: FactName, ispSlugs: ReadonlySet<string>): ReadonlyArray<string> {
  return factValues[name] ?? [...ispSlugs, otherIsp];
}

export function parseFacts(query: RawQuery, ispSlugs: ReadonlySet<string>): ParsedFacts {
  const facts: Facts = {};
  for (const name of factNames) {
    const values = valuesOf(query, name);
    if (values.length === 0) {
      continue;
    }
    if (values.length > 1) {
      return {
        ok: false,
        problem: { parameter: name, message: `"${name}" was given ${values.length} times; give it once` },
      };
    }
    const raw = values[0] ?? '';
    const value = raw.trim().toLowerCase();
    if (value === '') {
      continue;
    }
    const allowed = allowedValues(name, ispSlugs);
    if (value.length > maxValueLength || !allowed.includes(value)) {
      const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
      const list = name === 'isp' ? `an ISP id from /api/v1/isps, or "${otherIsp}"` : allowed.join(', ');
      return {
        ok: false,
        problem: { parameter: name, message: `"${shown}" is not a known value for "${name}"; use ${list}` },
      };
    }
    facts[name] = value;
  }
  return { ok: true, facts };
}

/** The canonical query string for some facts, in vocabulary order, without a leading "?". */
export function toQuery(facts: Facts, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const name of factNames) {
    const value = facts[name];
    if (value !== undefined) {
      params.set(name, value);
    }
  }
  for (const [key, value] of Object.entries(extra)) {
    params.set(key, value);
  }
  return params.toString();
}

export function withFact(facts: Facts, name: FactName, value: string | undefined): Facts {
  const next: Facts = { ...facts };
  if (value === undefined) {
    delete next[name];
  } else {
    next[name] = value;
  }
  return next;
}

/** Next.js's searchParams object as URLSearchParams, so pages and cached routes share one reader. */
export function toSearchParams(query: Record<string, string | Array<string> | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const v of value === undefined ? [] : Array.isArray(value) ? value : [value]) {
      params.append(name, v);
    }
  }
  return params;
}
