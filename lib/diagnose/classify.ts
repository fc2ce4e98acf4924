// The "paste your error" classifier: the layers (codes, error identities, the port and host in
// play, phrase families) each report evidence, scoring weighs it, and the explanation says what
// the text shows. Pure: no I/O, no clock. Data: content/diagnose/*.yaml.
import { mailPorts, placeFinder } from './context';
import type { Classifier } from './compile';
import { indexLines, lineAround, type Evidence, type LayerEvidence, type Lines } from './evidence';
import { explain } from './explain';
import { extractFacts, type ExtractedFacts } from './extract';
import { findEhloWithoutStarttls, findGreetingMismatch } from './greeting';
import type { DiagnosisId, impliedFactNames } from '../vocabulary/diagnoses';
import { readIdentities } from './identities';
import { locator, normalise } from './normalise';
import { matchPatterns } from './patterns';
import { readReplies } from './replies';
import { score } from './score';
import { sieve } from './sieve';

export { compileRules, type Classifier } from './compile';
export { deliveryTarget } from './context';
export type { Evidence } from './evidence';

export const maxTextBytes = 64 * 1024;

export type ImpliedFacts = Partial<Record<(typeof impliedFactNames)[number], string>>;

export type Classification = {
  diagnosis: DiagnosisId;
  title: string;
  explain: string;
  /** The article section that explains what the text shows. */
  article?: string;
  /** 0 to 1: how sure the evidence makes us. */
  confidence: number;
  alternatives: Array<DiagnosisId>;
  evidence: Array<Evidence>;
  facts: ExtractedFacts;
  /** The question that would decide, when the text cannot. */
  question?: string;
  /** Facts for the troubleshooter. */
  implied: ImpliedFacts;
  /** True when the text was longer than 64 KB and only its start was read. */
  truncated: boolean;
};

/** Every piece of evidence the layers find in a text, and what the text says about its writer. */
export function gatherEvidence(text: string, classifier: Classifier) {
  const normalised = normalise(text);
  const { norm } = normalised;
  const locate = locator(text, normalised);
  const lines = indexLines(norm);
  const sieved = sieve(norm, classifier.sieve);
  const matches = matchPatterns(norm, lines, sieved, classifier);
  const evidence: Array<LayerEvidence> = [];
  const implied: ImpliedFacts = {};
  let delivery = false;
  for (const m of matches) {
    const { owner } = m.pattern;
    if (owner.layer === 'phrase') {
      const { family } = owner;
      evidence.push({
        rule: family.id,
        means: family.means,
        ...(family.weight === undefined ? {} : { weight: family.weight }),
        ...(family.open === undefined ? {} : { open: family.open }),
        ...(family.ask === undefined ? {} : { ask: family.ask }),
        ...(family.staysOpen ? { staysOpen: true as const } : {}),
        ...locate(m.start, m.end),
        layer: 'phrase',
        explain: family.explain,
      });
      Object.assign(implied, family.implies);
    } else if (owner.layer === 'writer') {
      Object.assign(implied, owner.writer.implies);
      delivery ||= owner.writer.delivery === true;
    }
  }
  const identities = readIdentities(
    norm,
    locate,
    sieved.found,
    matches.filter((m) => m.pattern.owner.layer === 'number'),
    classifier,
  );
  if (identities.runtimes.size > 0) {
    implied.sender ??= 'app';
  }
  const replies = readReplies(norm, locate, lines, classifier.rules.codes);
  const mismatch = findGreetingMismatch(norm, classifier.organisations);
  evidence.push(...identities.evidence, ...replies.evidence);
  const plainEhlo = findEhloWithoutStarttls(norm);
  if (plainEhlo) {
    evidence.push({
      rule: 'ehlo-without-starttls',
      means: 'connected',
      open: ['isp-interception'],
      ask: 'starttls-offered',
      ...locate(plainEhlo.start, plainEhlo.end),
      layer: 'greeting',
      explain: "The server's answer to EHLO does not offer STARTTLS, which something answering in the middle removes.",
    });
  }
  if (mismatch) {
    setAsideAfter(evidence, mismatch.start, interceptorsOwn);
    evidence.push({
      rule: 'foreign-greeting',
      means: 'isp-interception',
      weight: classifier.rules.scoring.foreignGreeting,
      ...locate(mismatch.start, mismatch.end),
      layer: 'greeting',
      explain: `The test connected to ${mismatch.target}, but the greeting names ${mismatch.greeting}, another organisation's server.`,
    });
  }
  return {
    norm,
    lines,
    evidence: ownReports(
      decideOnInner(longestReading(fewPerRule(evidence)), replies.inner, lines),
      classifier.rules.scoring.ownReport,
      lines,
    ),
    implied,
    delivery,
    replies: replies.replies,
  };
}

/** Each entry counts once; a few places are enough to show it (a transcript has many 250s). */
function fewPerRule(evidence: Array<LayerEvidence>): Array<LayerEvidence> {
  if (evidence.length <= 3) {
    return evidence;
  }
  const seen = new Map<string, number>();
  return evidence.filter((e) => {
    const key = `${e.rule}\u0000${e.means}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n < 3;
  });
}

/**
 * Where one phrase family's words lie inside another's, the longer reading is the more precise
 * one ("lookup smtp.example.net: i/o timeout" is a name lookup, not also a timeout).
 */
function longestReading(evidence: Array<LayerEvidence>): Array<LayerEvidence> {
  const phrases = evidence.filter((e) => e.layer === 'phrase');
  if (phrases.length < 2) {
    return evidence;
  }
  return evidence.filter(
    (e) =>
      e.layer !== 'phrase' ||
      !phrases.some((o) => o !== e && o.start <= e.start && e.end <= o.end && o.end - o.start > e.end - e.start),
  );
}

/** A reply code on a line where one of these phrase families speaks is no answer from a server. */
function ownReports(
  evidence: Array<LayerEvidence>,
  families: ReadonlyArray<string>,
  lines: Lines,
): Array<LayerEvidence> {
  const reporting = new Set(
    evidence.filter((e) => e.layer === 'phrase' && families.includes(e.rule)).map((e) => lineAround(lines, e.at)[0]),
  );
  return reporting.size === 0
    ? evidence
    : evidence.filter(
        (e) => !(e.layer === 'code' && e.means === 'connected' && reporting.has(lineAround(lines, e.at)[0])),
      );
}

/**
 * What the server that answered in another organisation's name refuses after its greeting is its
 * own refusal: an interceptor (a hosting company's or an internet provider's relay) does not know
 * the provider's passwords, so "535 Incorrect authentication data" after it says nothing about them.
 */
const interceptorsOwn: ReadonlySet<string> = new Set(['auth-failed', 'authentication', 'send-as-refused']);

/** Removes, in place, the evidence meaning one of `means` that stands at or after `from`. */
function setAsideAfter(evidence: Array<LayerEvidence>, from: number, means: ReadonlySet<string>): void {
  for (let i = evidence.length - 1; i >= 0; i--) {
    const e = evidence[i];
    if (e !== undefined && e.at >= from && means.has(e.means)) {
      evidence.splice(i, 1);
    }
  }
}

/**
 * Where a line wraps one reply in another ("…requires a secure connection or the client was not
 * authenticated. The server response was: 5.7.1 Authentication required"), what the inner reply
 * says decides: evidence before it on that line is set aside when the inner part has its own.
 */
function decideOnInner(
  evidence: Array<LayerEvidence>,
  inner: ReadonlyMap<number, number>,
  lines: Lines,
): Array<LayerEvidence> {
  if (inner.size === 0) {
    return evidence;
  }
  const saysSomething = new Set(
    evidence
      .filter((e) => e.means !== 'connected' && e.at >= (inner.get(lineAround(lines, e.at)[0]) ?? Infinity))
      .map((e) => lineAround(lines, e.at)[0]),
  );
  return evidence.filter((e) => {
    const line = lineAround(lines, e.at)[0];
    return e.means === 'connected' || !(saysSomething.has(line) && e.at < (inner.get(line) ?? -1));
  });
}

/**
 * Readies a compiled classifier for its first texts. V8 runs a regular expression in its
 * interpreter the first time and compiles it to machine code the next, once for texts of Latin-1
 * characters and once for texts with any other character (a Cyrillic word, an ellipsis, an emoji).
 * Unready, a process's first texts pay for those compiles as they come: the first 64 KB paste with
 * one such character compiled some 200 expressions while it was read. Using every wording twice
 * on an empty text of each kind, and classifying a short text of each kind twice (the layers' own
 * expressions), compiles them all once, when the rules are.
 */
export function warmUp(classifier: Classifier): Classifier {
  const regexes = new Set([...classifier.byLiteral.values()].flatMap((wordings) => wordings.map((w) => w.regex)));
  const line = 'connect to smtp.example.net[192.0.2.1]:587: Connection timed out (status=deferred, dsn=4.4.1)';
  for (const text of ['', '…']) {
    for (let i = 0; i < 2; i++) {
      for (const regex of regexes) {
        regex.lastIndex = 0;
        regex.exec(text);
      }
      classify(`${line}${text}`, classifier);
    }
  }
  return classifier;
}

export function classify(input: string, classifier: Classifier): Classification {
  // A UTF-16 unit is at most three bytes of UTF-8, so most texts need no counting.
  const truncated = input.length * 3 > maxTextBytes && Buffer.byteLength(input, 'utf8') > maxTextBytes;
  const text = truncated ? Buffer.from(input, 'utf8').subarray(0, maxTextBytes).toString('utf8') : input;
  const { rules } = classifier;
  const { norm, lines, evidence, implied, delivery } = gatherEvidence(text, classifier);
  const hints = { sender: implied.sender, port: implied.port, delivery };
  const scored = score(evidence, rules.scoring, {
    placeOf: placeFinder(norm, lines, classifier, hints),
    fromServer: delivery,
  });
  const connected = (scored.support.get('connected') ?? []).length > 0;
  if (scored.diagnosis === 'unknown' && !scored.finding) {
    // A family's own headline says more than "we can't tell"; else a server that answered.
    const { families } = rules.phrases;
    const named = evidence
      .filter((e) => e.layer === 'phrase')
      .map((e) => families.find((f) => f.id === e.rule)?.finding)
      .find((f) => f !== undefined);
    scored.finding = named ?? (connected ? 'connected-only' : undefined);
  }
  const shownPort = scored.finding === 'connected-only' ? mailPorts(norm, classifier)[0] : undefined;
  const explanation = explain(scored, rules, implied, shownPort);
  // What supports the diagnosis comes first, strongest first; then the rest in text order.
  const chosen = new Set(
    [
      scored.diagnosis,
      scored.diagnosis.endsWith('-blocked') ? 'blocked' : '',
      scored.diagnosis === 'connection-refused' ? 'refused' : '',
    ].flatMap((s) => scored.support.get(s as never) ?? []),
  );
  // Offsets are under 2^17 (a text of at most 64 KB), so start and end make one number.
  const places = new Set<number>();
  const shown = [
    ...[...chosen].sort((a, b) => (b.weight ?? 5) - (a.weight ?? 5) || a.start - b.start),
    ...evidence.filter((e) => !chosen.has(e)).sort((a, b) => a.start - b.start),
  ].filter((e) => {
    const key = e.start * 0x20000 + e.end;
    const fresh = e.end > e.start && !places.has(key);
    places.add(key);
    return fresh;
  });
  return {
    diagnosis: scored.diagnosis,
    title: explanation.title,
    explain: explanation.explain,
    ...(explanation.article ? { article: explanation.article } : {}),
    confidence: scored.confidence,
    alternatives: scored.alternatives,
    evidence: shown
      .slice(0, rules.scoring.maxEvidence)
      .map(({ at: _at, layer: _layer, open: _open, ask: _ask, staysOpen: _staysOpen, ...e }) => e),
    facts: extractFacts(text),
    ...(explanation.question ? { question: explanation.question } : {}),
    implied: explanation.implied,
    truncated,
  };
}
