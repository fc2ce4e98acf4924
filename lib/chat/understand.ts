// What a customer typed into the chat, read by rules: the vocabulary's synonyms (lib/vocabulary/words/),
// the ISP directory's names and aliases, port numbers, and pasted errors through the classifier.
// Pure. It never guesses: a fact is taken only when one value clearly wins.
import type { IspEntry } from '../content/isps';
import { classify, type Classifier } from '../diagnose/classify';
import { factValues, otherIsp, type FactName, type Facts } from '../vocabulary/facts';
import { normalise } from '../vocabulary/normalise';
import { factWords, type Words } from '../vocabulary/words';

export type Heard = { fact: FactName; value: string };

export type Reading = {
  /** Facts read from the text, only those not known yet. */
  facts: Facts;
  heard: Array<Heard>;
  /** Set when the text read as a pasted error message. */
  diagnosis?: string | undefined;
};

export type UnderstandContext = {
  isps: ReadonlyArray<IspEntry>;
  classifier: Classifier;
};

/** Facts that may be read from any message, not only when their question is asked. */
const readAnywhere: ReadonlySet<FactName> = new Set(['client', 'server', 'isp', 'connection', 'os', 'symptom']);

type Candidate = { value: string; length: number };

function phrasesFor(fact: FactName, context: UnderstandContext): Array<[string, string]> {
  const fromDirectory =
    fact === 'isp'
      ? context.isps.flatMap((isp) =>
          [isp.name, isp.slug.replace(/-/g, ' '), ...isp.aliases].map((p): [string, string] => [isp.slug, p]),
        )
      : [];
  return [...fromDirectory, ...fromVocabulary(fact)];
}

function fromVocabulary(fact: FactName): Array<[string, string]> {
  const byValue: Partial<Record<string, Words>> = fact === 'diagnosis' ? {} : factWords[fact];
  return Object.entries(byValue).flatMap(([value, words]) =>
    (words?.synonyms ?? []).map((p): [string, string] => [value, p]),
  );
}

/** Values that only make sense as an answer to their own question ("I don't know", "other"). */
const onlyWhenAsked = /^(?:unknown|other|other-program|other-server)$/;

/** The one value of a fact that the longest matching phrase names, or undefined if none or a tie. */
function readFact(
  fact: FactName,
  text: string,
  context: UnderstandContext,
  extra: Array<[string, string]> = [],
  asked = true,
): string | undefined {
  let best: Array<Candidate> = [];
  for (const [value, phrase] of [...phrasesFor(fact, context), ...extra]) {
    if (!asked && onlyWhenAsked.test(value)) {
      continue;
    }
    const p = normalise(phrase);
    if (p.trim() === '' || !text.includes(p)) {
      continue;
    }
    const length = p.length;
    if (best.length === 0 || length > (best[0]?.length ?? 0)) {
      best = [{ value, length }];
    } else if (length === best[0]?.length && !best.some((b) => b.value === value)) {
      best.push({ value, length });
    }
  }
  return best.length === 1 ? best[0]?.value : undefined;
}

function readPort(text: string): string | undefined {
  const ports = [...new Set(text.match(/ (?:25|587|465|2525) /g)?.map((p) => p.trim()) ?? [])];
  return ports.length === 1 ? ports[0] : undefined;
}

/** Does the text look like something a program, a server or a test printed? */
function looksLikeError(raw: string): boolean {
  return (
    raw.length > 30 &&
    (/\n/.test(raw) ||
      /\b[245]\d\d[ -]|\b[245]\.\d\.\d|0x[0-9a-f]{8}|error|exception|failed|timed out|refused/i.test(raw))
  );
}

export function understand(
  raw: string,
  current: { fact: FactName; options: ReadonlyArray<{ id: string; label: string }> } | undefined,
  known: Facts,
  context: UnderstandContext,
): Reading {
  const text = normalise(raw.slice(0, 2000));
  const facts: Facts = {};
  const heard: Array<Heard> = [];
  const take = (fact: FactName, value: string | undefined) => {
    const allowed: ReadonlyArray<string> = factValues[fact] ?? [...context.isps.map((i) => i.slug), otherIsp];
    if (value !== undefined && known[fact] === undefined && facts[fact] === undefined && allowed.includes(value)) {
      facts[fact] = value;
      heard.push({ fact, value });
    }
  };

  if (current) {
    // A tapped or copied answer label is that answer, whatever examples it mentions.
    const exact = current.options.find((o) => normalise(o.label) === text || normalise(o.id) === text);
    if (exact) {
      take(current.fact, exact.id);
      return { facts, heard };
    }
    // The answer to the question on screen: its own labels count as phrases too.
    const labels = current.options.map((o): [string, string] => [o.id, o.label]);
    const ids = current.options.map((o): [string, string] => [o.id, o.id.replace(/-/g, ' ')]);
    const value =
      current.fact === 'port'
        ? (readPort(text) ?? readFact('port', text, context))
        : readFact(current.fact, text, context, [...labels, ...ids]);
    take(current.fact, value);
  }
  for (const fact of readAnywhere) {
    if (fact !== current?.fact) {
      take(fact, readFact(fact, text, context, [], false));
    }
  }
  if (current?.fact !== 'port' && / port (?:25|587|465|2525) /.test(text)) {
    take('port', readPort(text));
  }
  if (facts.client !== undefined) {
    take('sender', 'program');
  }

  let diagnosis: string | undefined;
  if (looksLikeError(raw)) {
    const result = classify(raw, context.classifier);
    if (result.diagnosis !== 'unknown' && result.confidence >= 0.5) {
      diagnosis = result.diagnosis;
      for (const [fact, value] of Object.entries(result.implied)) {
        take(fact as FactName, value);
      }
    }
  }
  return { facts, heard, ...(diagnosis ? { diagnosis } : {}) };
}
