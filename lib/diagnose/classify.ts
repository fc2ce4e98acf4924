// The "paste your error" classifier: rules as data, evidence with its place in the text, and a
// diagnosis with its confidence, the alternatives and, when the text cannot decide, the question
// that would. Pure: no I/O, no clock.
import type { DiagnoseRule, DiagnoseRules } from '../content/schema';
import { extractFacts, extractPorts, type ExtractedFacts } from './extract';
import { findGreetingMismatch } from './greeting';
import { diagnosisIds, type DiagnosisId, type impliedFactNames, type RuleDiagnosis } from '../vocabulary/diagnoses';

export const maxTextBytes = 64 * 1024;
/** Logical lines longer than this are matched in overlapping windows, which bounds regex work. */
const window = 1000;
const overlap = 200;
const maxEvidence = 40;
/** How much a greeting from another organisation's server counts (rules go from 1 to 10). */
const greetingWeight = 9;

export type CompiledRule = DiagnoseRule & { regex: RegExp };
export type Classifier = { rules: Array<CompiledRule>; config: DiagnoseRules };

export type Evidence = {
  rule: string;
  diagnosis: RuleDiagnosis;
  /** Offsets in the (possibly shortened) text. */
  start: number;
  end: number;
  match: string;
  explain: string;
};

export type ImpliedFacts = Partial<Record<(typeof impliedFactNames)[number], string>>;

export type Classification = {
  diagnosis: DiagnosisId;
  title: string;
  explain: string;
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

/** One regular expression per rule: its patterns as alternatives, matched case-insensitively. */
export function compileRules(config: DiagnoseRules): Classifier {
  return {
    config,
    rules: config.rules.map((rule) => ({
      ...rule,
      regex: new RegExp(rule.patterns.map((p) => `(?:${p})`).join('|'), 'i'),
    })),
  };
}

/** A logical line, and where each of its pieces sits in the whole text. */
type Line = { text: string; pieces: Array<{ lineAt: number; textAt: number }> };

/**
 * Logical lines: a line that starts with two or more spaces or a tab continues the one before it
 * (wrapped log and bounce lines), joined with a space. Blank lines are dropped.
 */
function logicalLines(text: string): Array<Line> {
  const lines: Array<Line> = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const trimmed = line.trimStart();
    const previous = lines.at(-1);
    if (trimmed !== '') {
      const indent = line.length - trimmed.length;
      if (previous && /^(?: {2,}|\t)/.test(line) && previous.text.length < 4 * window) {
        previous.pieces.push({ lineAt: previous.text.length + 1, textAt: at + indent });
        previous.text += ` ${trimmed}`;
      } else {
        lines.push({ text: line, pieces: [{ lineAt: 0, textAt: at }] });
      }
    }
    at += raw.length + 1;
  }
  return lines;
}

/** The offset in the whole text of a character of a logical line. */
function textOffset(line: Line, lineAt: number): number {
  let piece = line.pieces[0] ?? { lineAt: 0, textAt: 0 };
  for (const p of line.pieces) {
    if (p.lineAt <= lineAt) {
      piece = p;
    }
  }
  return piece.textAt + Math.max(0, lineAt - piece.lineAt);
}

function* windows(line: Line): Generator<{ text: string; from: number }> {
  if (line.text.length <= window) {
    yield { text: line.text, from: 0 };
    return;
  }
  for (let from = 0; from < line.text.length; from += window - overlap) {
    yield { text: line.text.slice(from, from + window), from };
    if (from + window >= line.text.length) {
      return;
    }
  }
}

function findEvidence(text: string, rules: ReadonlyArray<CompiledRule>): Array<Evidence & { line: string }> {
  const found: Array<Evidence & { line: string }> = [];
  const seen = new Set<string>();
  for (const line of logicalLines(text)) {
    for (const part of windows(line)) {
      for (const rule of rules) {
        const m = rule.regex.exec(part.text);
        if (!m) {
          continue;
        }
        const first = part.from + m.index;
        const last = first + Math.max(m[0].length, 1) - 1;
        const start = textOffset(line, first);
        const end = textOffset(line, last) + 1;
        const key = `${rule.id}@${start}`;
        if (seen.has(key) || found.length >= 4 * maxEvidence) {
          continue;
        }
        seen.add(key);
        found.push({
          rule: rule.id,
          diagnosis: rule.diagnosis,
          start,
          end,
          match: m[0],
          explain: rule.explain,
          line: line.text,
        });
      }
    }
  }
  return found;
}

const submissionPorts = new Set([587, 465, 2525, 2587, 2465, 26]);
const hostPattern = /\b(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}\b/gi;
/** Receiving mail servers (MX hosts) are reached on port 25. */
const mxHost =
  /(?:^|\.)(?:mx\d{0,3}|aspmx\d{0,2}|alt\d\.aspmx|gmail-smtp-in|mta\d{0,3}|mx\d{0,3}\.[\w-]{1,30})\.|mail\.protection\.outlook\.com$|yahoodns\.net$/;
/** Submission servers usually have smtp in their name. */
const submissionHost = /(?:^|[.-])smtp(?:[.-]|\d)|^(?:submission|smtpout|outgoing)\./;

/** A blocked connection is a port 25 block or a submission-port block, by the port it was for. */
function resolveBlock(
  evidence: ReadonlyArray<Evidence & { line: string }>,
  implied: ImpliedFacts,
  text: string,
): { diagnosis: DiagnosisId; other: DiagnosisId; port?: number; decided: boolean } {
  const linePorts = evidence.flatMap((e) => extractPorts(e.line));
  const ports = linePorts.length > 0 ? linePorts : extractPorts(text);
  const impliedPort = implied.port;
  const has25 = ports.includes(25) || impliedPort === '25';
  const submission =
    ports.find((p) => submissionPorts.has(p)) ??
    (impliedPort && submissionPorts.has(Number(impliedPort)) ? Number(impliedPort) : undefined);
  if (has25 && submission === undefined) {
    return { diagnosis: 'port25-blocked', other: 'submission-port-blocked', port: 25, decided: true };
  }
  if (submission !== undefined && !has25) {
    return { diagnosis: 'submission-port-blocked', other: 'port25-blocked', port: submission, decided: true };
  }
  // No port in the text: the kind of host it was connecting to still tells.
  const hosts = evidence.flatMap((e) => e.line.match(hostPattern) ?? []).map((h) => h.toLowerCase());
  if (hosts.some((h) => mxHost.test(h))) {
    return { diagnosis: 'port25-blocked', other: 'submission-port-blocked', port: 25, decided: true };
  }
  // An app is set up with its provider's smtp.* host, almost always on a submission port; a
  // person's mail program may still be on 25, so only the port can tell for them.
  if (implied.sender === 'app' && hosts.some((h) => submissionHost.test(h))) {
    return { diagnosis: 'submission-port-blocked', other: 'port25-blocked', decided: true };
  }
  return { diagnosis: 'port25-blocked', other: 'submission-port-blocked', decided: false };
}

export function classify(input: string, classifier: Classifier): Classification {
  const truncated = Buffer.byteLength(input, 'utf8') > maxTextBytes;
  const text = truncated ? Buffer.from(input, 'utf8').subarray(0, maxTextBytes).toString('utf8') : input;
  const { config } = classifier;
  const evidence = findEvidence(text, classifier.rules);
  const mismatch = findGreetingMismatch(text);
  if (mismatch) {
    evidence.push({
      rule: 'foreign-greeting',
      diagnosis: 'isp-interception',
      start: mismatch.start,
      end: mismatch.end,
      match: text.slice(mismatch.start, mismatch.end),
      explain: `The test connected to ${mismatch.target}, but the greeting names ${mismatch.greeting}, another organisation's server.`,
      line: '',
    });
  }
  const byRule = new Map(classifier.rules.map((r) => [r.id, r]));
  const matchedRules = [...new Set(evidence.map((e) => e.rule))].flatMap((id) => byRule.get(id) ?? []);
  const ruleImplied: ImpliedFacts = Object.assign({}, ...matchedRules.map((r) => r.implies ?? {})) as ImpliedFacts;

  const scores = new Map<RuleDiagnosis, number>();
  for (const rule of matchedRules) {
    scores.set(rule.diagnosis, (scores.get(rule.diagnosis) ?? 0) + rule.weight);
  }
  if (mismatch) {
    scores.set('isp-interception', (scores.get('isp-interception') ?? 0) + greetingWeight);
  }

  // Resolve the rule-only ids into diagnoses.
  const final = new Map<DiagnosisId, number>();
  const add = (id: DiagnosisId, score: number) => final.set(id, (final.get(id) ?? 0) + score);
  for (const [id, score] of scores) {
    if ((diagnosisIds as ReadonlyArray<string>).includes(id)) {
      add(id as DiagnosisId, score);
    }
  }
  let question: string | undefined;
  let port: number | undefined;
  let portUndecided = false;
  const alsoPossible = new Set<DiagnosisId>();
  const blocked = scores.get('blocked');
  if (blocked !== undefined) {
    const block = resolveBlock(
      evidence.filter((e) => e.diagnosis === 'blocked'),
      ruleImplied,
      text,
    );
    add(block.diagnosis, blocked);
    port = block.port;
    if (!block.decided) {
      alsoPossible.add(block.other);
      question = config.questions.port;
      portUndecided = true;
    }
  }
  const refused = scores.get('refused');
  if (refused !== undefined) {
    add('connection-refused', refused);
    const block = resolveBlock(
      evidence.filter((e) => e.diagnosis === 'refused'),
      ruleImplied,
      text,
    );
    port ??= block.port;
    alsoPossible.add(block.decided ? block.diagnosis : 'port25-blocked');
  }
  // A conversation with a server rules out the connection never opening.
  for (const rule of matchedRules.filter((r) => r.diagnosis === 'connected')) {
    for (const id of rule.suppress ?? []) {
      final.delete(id);
      alsoPossible.delete(id);
    }
  }

  const ranked = [...final].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  const diagnosis: DiagnosisId = top?.[0] ?? 'unknown';
  const topScore = top?.[1] ?? 0;
  const secondScore = second?.[1] ?? 0;
  const alternatives = [
    ...ranked
      .slice(1)
      .filter(([, s]) => s >= topScore * 0.35)
      .map(([id]) => id),
    ...alsoPossible,
  ].filter((id, i, list) => id !== diagnosis && list.indexOf(id) === i);

  let confidence = top ? Math.min(0.97, 0.3 + (0.65 * (topScore - secondScore)) / (topScore + 3)) : 0.1;
  if (question) {
    confidence = Math.min(confidence, 0.6);
  }
  const meaning = config.diagnoses[diagnosis];
  if (!question && (confidence < 0.5 || diagnosis === 'unknown' || diagnosis === 'connection-refused')) {
    question = meaning?.question;
  }
  const diagnosisImplied = meaning?.implies ?? {};
  const implied: ImpliedFacts = { ...ruleImplied, ...diagnosisImplied };
  if (diagnosis === 'unknown') {
    delete implied.symptom;
  }
  const portFact = port === undefined ? undefined : String(port);
  if (portFact && ['25', '587', '465', '2525'].includes(portFact)) {
    implied.port = portFact;
  } else if (portUndecided || (implied.port && !['25', '587', '465', '2525'].includes(implied.port))) {
    delete implied.port;
  }

  const connectedOnly = diagnosis === 'unknown' && matchedRules.some((r) => r.diagnosis === 'connected');
  const shownPort = connectedOnly ? extractPorts(text)[0] : undefined;
  // A test that reached a server tells the troubleshooter that port is open.
  if (shownPort === 25) {
    implied.t25 = 'open';
  } else if (shownPort !== undefined && submissionPorts.has(shownPort)) {
    implied.t587 = 'open';
  }
  if (connectedOnly) {
    question = undefined;
  }
  return {
    diagnosis,
    title: connectedOnly ? 'This connection worked' : (meaning?.title ?? diagnosis),
    explain: connectedOnly
      ? `A server answered${shownPort ? ` on port ${shownPort}` : ''}, so this connection is not blocked from this network. If mail still fails, paste the error your program or server shows.`
      : (meaning?.explain ?? ''),
    confidence: Math.round(confidence * 100) / 100,
    alternatives,
    evidence: evidence.slice(0, maxEvidence).map(({ line: _line, ...e }) => e),
    facts: extractFacts(text),
    ...(question ? { question } : {}),
    implied,
    truncated,
  };
}
