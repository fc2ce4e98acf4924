// The classifier's data made ready to run, once per process: every pattern compiled, and one sieve
// of the plain words patterns need, so a text is read once to learn which patterns to try.
import { requiredLiteralSets, requiredLiterals } from '../content/regex';
import type { DiagnoseRules, PhrasesFile, ContextFile } from '../content/schema';
import type { ConnectionKind } from '../vocabulary/diagnoses';
import { buildSieve, type Sieve } from './sieve';

export type Family = PhrasesFile['families'][number];
export type Writer = ContextFile['writers'][number];

/** Who a pattern belongs to. */
export type PatternOwner =
  { layer: 'phrase'; family: Family } | { layer: 'writer'; writer: Writer } | { layer: 'number' };

export type CompiledPattern = {
  id: string;
  /** The wordings that make up this one pattern. */
  wordings: Array<string>;
  /** All wordings as one expression (what the rules check runs). */
  source: string;
  owner: PatternOwner;
};

/**
 * One wording, compiled: the classifier only runs the wordings whose plain words it found. It is
 * filed under the words of one set (byLiteral), where it is tried; `needs` are its other sets, of
 * each of which a match contains one word too, so a text lacking all of one set is not tried.
 */
export type CompiledWording = { pattern: CompiledPattern; regex: RegExp; needs: Array<Array<number>>; index: number };

/** A pattern as data: one regular expression, or a list of wordings that count as one. */
type Concept = string | Array<string>;

export type Identity = { id: string; name: string; kind?: ConnectionKind; runtime?: string; number?: boolean };

export type Classifier = {
  rules: DiagnoseRules;
  patterns: Array<CompiledPattern>;
  /** Finds every literal any pattern or identity needs, in one pass. */
  sieve: Sieve;
  /** The wordings to try when a literal is in the text. */
  byLiteral: Map<string, Array<CompiledWording>>;
  /** The same, by the literal's index in the sieve's words (no string lookup per word found). */
  byWord: ReadonlyArray<ReadonlyArray<CompiledWording> | undefined>;
  /**
   * Scratch for matchPatterns, so a text allocates no Map or Set per wording: the run that last
   * filed each wording (or found it lacking), and where its places are. Runs are synchronous.
   */
  scratch: { runs: number; filed: Uint32Array; lacking: Uint32Array; slot: Int32Array };
  /** Identities by lowercased name or code. */
  identities: Map<string, Identity>;
  /** Errno names by number (Linux, macOS, Windows and libuv numbers do not collide). */
  errnoByNumber: Map<number, Identity>;
  mxHosts: Array<RegExp>;
  submissionHosts: Array<RegExp>;
  localHosts: ReadonlySet<string>;
  /** Registrable domain → the organisation it belongs to (context.yaml organisations). */
  organisations: Map<string, number>;
  relayPorts: ReadonlySet<number>;
  submissionPorts: ReadonlySet<number>;
};

export function compileRules(rules: DiagnoseRules): Classifier {
  const patterns: Array<CompiledPattern> = [];
  const byLiteral = new Map<string, Array<CompiledWording>>();
  const needed = new Set<string>();
  const wordingNeeds: Array<[CompiledWording, Array<Array<string>>]> = [];
  const add = (id: string, concept: Concept, owner: PatternOwner) => {
    const wordings = typeof concept === 'string' ? [concept] : concept;
    const pattern = { id, wordings, source: wordings.map((w) => `(?:${w})`).join('|'), owner };
    patterns.push(pattern);
    for (const wording of wordings) {
      // The schema has checked every wording has literals.
      const literals = requiredLiterals(wording) ?? [];
      const filed = literals.join('\u0000');
      const needs = requiredLiteralSets(wording).filter((set) => set.join('\u0000') !== filed);
      needs.flat().forEach((literal) => needed.add(literal));
      const compiled: CompiledWording = {
        pattern,
        regex: new RegExp(wording, 'gm'),
        needs: [],
        index: wordingNeeds.length,
      };
      wordingNeeds.push([compiled, needs]);
      for (const literal of literals) {
        byLiteral.set(literal, [...(byLiteral.get(literal) ?? []), compiled]);
      }
    }
  };
  for (const family of rules.phrases.families) {
    family.patterns.forEach((p, i) => add(`${family.id}#${i + 1}`, p, { layer: 'phrase', family }));
  }
  for (const writer of rules.context.writers) {
    writer.patterns.forEach((p, i) => add(`writer:${writer.id}#${i + 1}`, p, { layer: 'writer', writer }));
  }
  rules.identities.numberContexts.forEach((p, i) => add(`errno-number#${i + 1}`, p, { layer: 'number' }));

  const identities = new Map<string, Identity>();
  const errnoByNumber = new Map<number, Identity>();
  for (const e of rules.identities.errno) {
    const identity = { id: e.name, name: e.name, kind: e.kind };
    identities.set(e.name.toLowerCase(), identity);
    if (e.windows !== undefined) {
      identities.set(`wsa${e.name.toLowerCase()}`, { ...identity, name: `WSA${e.name}` });
    }
    for (const n of [e.linux, e.macos, e.windows, e.libuv]) {
      if (n !== undefined) {
        errnoByNumber.set(n, { ...identity, number: true });
      }
    }
  }
  for (const n of rules.identities.names) {
    identities.set(n.name.toLowerCase(), {
      id: n.name,
      name: n.name,
      runtime: n.runtime,
      ...(n.kind ? { kind: n.kind } : {}),
    });
  }
  for (const h of rules.identities.hresults) {
    identities.set(h.code.toLowerCase(), { id: h.code, name: h.code, ...(h.kind ? { kind: h.kind } : {}) });
  }

  const organisations = new Map<string, number>();
  rules.context.organisations.forEach((domains, i) => domains.forEach((d) => organisations.set(d, i)));
  // The words a wording is filed under, and identities, keep their places; the words it needs
  // besides are only seen.
  const sieve = buildSieve([...byLiteral.keys(), ...identities.keys(), wrappedWindowsError], [...needed]);
  const index = new Map(sieve.words.map((w, i) => [w, i]));
  for (const [compiled, needs] of wordingNeeds) {
    compiled.needs = needs.map((set) => set.map((w) => index.get(w) ?? -1));
  }
  const wordings = wordingNeeds.length;
  return {
    rules,
    patterns,
    sieve,
    byLiteral,
    byWord: sieve.words.map((w) => byLiteral.get(w)),
    scratch: {
      runs: 0,
      filed: new Uint32Array(wordings),
      lacking: new Uint32Array(wordings),
      slot: new Int32Array(wordings),
    },
    identities,
    errnoByNumber,
    mxHosts: rules.context.hosts.mx.map((p) => new RegExp(p)),
    submissionHosts: rules.context.hosts.submission.map((p) => new RegExp(p)),
    localHosts: new Set(rules.context.hosts.local),
    organisations,
    relayPorts: new Set(rules.context.ports.relay),
    submissionPorts: new Set(rules.context.ports.submission),
  };
}

/** The prefix of an HRESULT that wraps a Windows error (HRESULT_FROM_WIN32). */
export const wrappedWindowsError = '0x8007';
