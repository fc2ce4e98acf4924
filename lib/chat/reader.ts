// Everything the chat reads with, compiled once: the vocabulary's phrases for every fact, the ISP
// directory's names, and content/chat/understanding.yaml's families and word lists.
import type { IspEntry } from '../content/isps';
import type { Family, Understanding } from '../content/schema';
import { factNames, type FactName } from '../vocabulary/facts';
import { normalise } from '../vocabulary/normalise';
import { factWords, hostingPanels, webHosts, type Words } from '../vocabulary/words';
import type { Word } from '../vocabulary/normalise';
import { compilePattern, findIndexed, indexPatterns, type PatternIndex, type Span } from './phrases';
import { buildLexicon, type Lexicon } from './spelling';

/**
 * `host`: a web host's name, which names the provider too; `panel`: a hosting control panel's
 * (lib/chat/understand.ts).
 */
export type Phrase = { fact: FactName; value: string; weak: boolean; host?: boolean; panel?: boolean };
export type CompiledFamily = Omit<Family, 'all'> & {
  fact: FactName;
  value: string;
  groups: Array<PatternIndex<true>>;
  /** Groups made of denying words ("no", "sin", "kein"…), by index: see families.ts. */
  denying: ReadonlySet<number>;
};
export type Language = keyof Understanding['negation']['before'];

export type Reader = {
  understanding: Understanding;
  /** What each value is called, anywhere in a message, with the ISPs' names. */
  phrases: PatternIndex<Phrase>;
  /** What means a value only as the answer to its own question. */
  answers: ReadonlyMap<FactName, PatternIndex<Phrase>>;
  families: ReadonlyArray<CompiledFamily>;
  /** A word list of the understanding file as a set (the same list always gives the same set). */
  words: (list: ReadonlyArray<string>) => ReadonlySet<string>;
  /** Where the phrases of a list of the understanding file stand in a message (each list is indexed once). */
  find: (list: ReadonlyArray<string>, words: ReadonlyArray<Word>) => Array<Span>;
  ambiguousIsps: ReadonlySet<string>;
  /** Words next to which an everyday-word ISP name is the ISP. */
  providerNear: ReadonlyArray<string>;
  cloudIsps: ReadonlySet<string>;
  /** The ISP names that are domains (comcast.net, bigpond.com), for host names under them. */
  ispDomains: ReadonlyMap<string, string>;
  /** Every word the chat reads with, for reading mistyped ones (spelling.ts). */
  lexicon: Lexicon;
};

/** Every string in the understanding file: all of them are phrases (or fact names and values). */
function stringsOf(value: unknown): Array<string> {
  if (typeof value === 'string') {
    return [value];
  }
  if (Array.isArray(value)) {
    return value.flatMap(stringsOf);
  }
  return value !== null && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];
}

function wordsOf(fact: FactName): Array<[string, Words]> {
  return fact === 'diagnosis' ? [] : Object.entries(factWords[fact] as Record<string, Words>);
}

/** The ESP's own names (site.yaml), for the understanding file's placeholders. */
export type EspNames = { name: string; submission: string; relay: string };

/** The understanding file with "{{esp.name}}", "{{smtp.host}}" and "{{relay.host}}" filled in. */
function filled<T>(value: T, esp: EspNames): T {
  if (typeof value === 'string') {
    return value
      .replace(/\{\{esp\.name\}\}/g, esp.name)
      .replace(/\{\{smtp\.host\}\}/g, esp.submission)
      .replace(/\{\{relay\.host\}\}/g, esp.relay) as T;
  }
  if (Array.isArray(value)) {
    return value.map((v: unknown) => filled(v, esp)) as T;
  }
  return value !== null && typeof value === 'object'
    ? (Object.fromEntries(Object.entries(value).map(([k, v]) => [k, filled(v, esp)])) as T)
    : value;
}

function build(file: Understanding, isps: ReadonlyArray<IspEntry>, esp: EspNames): Reader {
  const understanding = filled(file, esp);
  const phrases: Array<[string, Phrase]> = [];
  const hosts = new Set(webHosts);
  const panels = new Set(hostingPanels);
  for (const fact of factNames) {
    for (const [value, words] of wordsOf(fact)) {
      phrases.push(
        ...words.synonyms.map((p): [string, Phrase] => [
          p,
          {
            fact,
            value,
            weak: false,
            ...(hosts.has(p) ? { host: true } : {}),
            ...(panels.has(p) ? { panel: true } : {}),
          },
        ]),
      );
    }
    for (const [value, list] of Object.entries(understanding.weak[fact] ?? {})) {
      phrases.push(...list.map((p): [string, Phrase] => [p, { fact, value, weak: true }]));
    }
  }
  const ispDomains = new Map<string, string>();
  for (const isp of isps) {
    const names = new Set([isp.name, isp.slug.replace(/-/g, ' '), ...isp.aliases].map((n) => normalise(n).trim()));
    phrases.push(...[...names].map((n): [string, Phrase] => [n, { fact: 'isp', value: isp.slug, weak: false }]));
    for (const name of names) {
      // "t-online.de" is read as the words "t online.de"
      if (/^(?:[a-z0-9]+ )*[a-z0-9]+(?:\.[a-z0-9]+)+$/.test(name)) {
        ispDomains.set(name, isp.slug);
      }
    }
  }
  const answers = new Map(
    factNames.map((fact) => [
      fact,
      indexPatterns(
        wordsOf(fact).flatMap(([value, w]) =>
          [...(w.answers ?? []), w.label].map((p): [string, Phrase] => [p, { fact, value, weak: false }]),
        ),
      ),
    ]),
  );
  const denyingWords = new Set(
    Object.values(understanding.negation.before)
      .flat()
      .map((w) => normalise(w).trim()),
  );
  const families = Object.entries(understanding.families).flatMap(([fact, byValue]) =>
    Object.entries(byValue ?? {}).flatMap(([value, list]) =>
      list.map(({ all, ...rest }) => ({
        ...rest,
        fact: fact as FactName,
        value,
        groups: all.map((group) => indexPatterns(group.map((p) => [p, true] as const))),
        // a group with several denying words is a denial, whatever else it lists
        denying: new Set(
          all.flatMap((group, g) =>
            group.filter((p) => denyingWords.has(normalise(p).trim())).length >= 3 ? [g] : [],
          ),
        ),
      })),
    ),
  );
  const sets = new Map<ReadonlyArray<string>, ReadonlySet<string>>();
  const indexes = new Map<ReadonlyArray<string>, PatternIndex<true>>();
  const indexOf = (list: ReadonlyArray<string>) => {
    const index = indexes.get(list) ?? indexPatterns(list.map((p) => [p, true] as const));
    indexes.set(list, index);
    return index;
  };
  const lexicon = buildLexicon(
    [
      ...phrases.map(([p]) => p),
      ...factNames.flatMap((fact) => wordsOf(fact).flatMap(([, w]) => [...(w.answers ?? []), w.label])),
      ...stringsOf(understanding),
    ].flatMap((phrase) => compilePattern(phrase).map((w) => (w.prefix ? `${w.text}*` : w.text))),
    phrases
      .filter(([p, { fact }]) => (fact === 'isp' || fact === 'client' || fact === 'server') && !/\s/.test(p.trim()))
      .map(([p]) => normalise(p).trim()),
  );
  return {
    understanding,
    phrases: indexPatterns(phrases),
    answers,
    families,
    words: (list) =>
      sets.get(list) ?? sets.set(list, new Set(list.map((w) => normalise(w).trim()))).get(list) ?? new Set(),
    find: (list, words) => findIndexed(indexOf(list), words),
    ambiguousIsps: new Set(understanding.ambiguousIsps.map((a) => normalise(a).trim())),
    providerNear: [...understanding.provider.names, ...understanding.provider.cues],
    cloudIsps: new Set([...isps.filter((i) => i.kind === 'cloud').map((i) => i.slug)]),
    ispDomains,
    lexicon,
  };
}

const readers = new WeakMap<Understanding, WeakMap<ReadonlyArray<IspEntry>, WeakMap<EspNames, Reader>>>();

/** Placeholders left as they are: they then match nothing a customer types. */
const noEsp: EspNames = { name: '{{esp.name}}', submission: '{{smtp.host}}', relay: '{{relay.host}}' };

/** The reader for this content, built on first use and kept while the content is. */
export function readerFor(understanding: Understanding, isps: ReadonlyArray<IspEntry>, esp: EspNames = noEsp): Reader {
  const byIsps = readers.get(understanding) ?? new WeakMap<ReadonlyArray<IspEntry>, WeakMap<EspNames, Reader>>();
  readers.set(understanding, byIsps);
  const byEsp = byIsps.get(isps) ?? new WeakMap<EspNames, Reader>();
  byIsps.set(isps, byEsp);
  const reader = byEsp.get(esp) ?? build(understanding, isps, esp);
  byEsp.set(esp, reader);
  return reader;
}
