// Scoring: evidence from every layer, weighed by scoring.yaml, becomes a ranked list of diagnoses,
// the alternatives worth offering and how sure we are. Each layer's entry counts once, however
// often the text repeats it; different entries add up, except that evidence of a kind that leaves
// things open (a dropped connection, a bare "could not connect") counts once per kind: an error
// name and its own message saying "reset" twice are still one reset, not proof. Alternatives are what the evidence itself
// leaves open (a refusal: a closed port or a filter; no port: which block), offered only while
// nothing decisive in the text says which, plus a runner-up that decisive evidence of its own
// makes a genuine second reading.
import type { ScoringFile } from '../content/schema';
import type { Place } from './context';
import type { LayerEvidence, Reading } from './evidence';
import { diagnosisIds, type DiagnosisId, type FindingId, type Signal } from '../vocabulary/diagnoses';

export type Scored = {
  diagnosis: DiagnosisId;
  alternatives: Array<DiagnosisId>;
  confidence: number;
  finding?: FindingId;
  /** The question (diagnoses.yaml id) that decides between the diagnosis and its alternatives. */
  ask?: string;
  /** The port the failed connection was for, when the text tells. */
  port?: number;
  /** A block whose port the text does not tell. */
  portUnknown: boolean;
  /** Signals and the evidence behind each, for ordering what is shown. */
  support: Map<Signal, Array<LayerEvidence>>;
};

export type ScoreContext = {
  /** Where the connection in these pieces of evidence was going (context.ts). */
  placeOf: (evidence: ReadonlyArray<LayerEvidence>) => Place;
  /** The text is a mail server's own delivery log or bounce. */
  fromServer: boolean;
};

const diagnoses: ReadonlySet<string> = new Set(diagnosisIds);
const isDiagnosis = (s: string): s is DiagnosisId => diagnoses.has(s);

type KindEntry = ScoringFile['meanings'][keyof ScoringFile['meanings']];
const kindOf = (scoring: ScoringFile, means: string): KindEntry | undefined =>
  (scoring.meanings as Partial<Record<string, KindEntry>>)[means];

/** The signals a piece of evidence stands for, with their weights. */
function signalsOf(e: LayerEvidence, scoring: ScoringFile): ReadonlyArray<{ signal: Signal; weight: number }> {
  const table = kindOf(scoring, e.means)?.signals;
  if (!table) {
    return [{ signal: e.means as Signal, weight: e.weight ?? 1 }];
  }
  const first = table[0];
  return e.weight === undefined || !first ? table : [{ signal: first.signal, weight: e.weight }, ...table.slice(1)];
}

/**
 * What a piece of evidence leaves open: its entry's own, else its kind's. In a mail server's
 * report of a delivery, a failed connection leaves open what fromServer says instead: the
 * program's settings are not in play there, the recipient's server is.
 */
function openOf(e: LayerEvidence, scoring: ScoringFile, fromServer: boolean): { open: Array<Reading>; ask?: string } {
  const server = scoring.fromServer;
  const kind = kindOf(scoring, e.means);
  if (fromServer && (server.kinds as ReadonlyArray<string>).includes(e.means)) {
    // A block is left open only by evidence that can mean one (not a name lookup or a relay refusal).
    const canBlock =
      kind?.signals.some((s) => s.signal === 'blocked') === true || kind?.open?.includes('blocked') === true;
    const open = (server.open ?? []).filter((r) => r !== 'blocked' || canBlock);
    return { open, ...(server.ask === undefined ? {} : { ask: server.ask }) };
  }
  const ask = e.ask ?? kind?.ask;
  return { open: [...(e.open ?? kind?.open ?? [])], ...(ask === undefined ? {} : { ask }) };
}

/** The block a "blocked" reading means where the connection was going. */
function blocksAt(place: Place | undefined): Array<DiagnosisId> {
  switch (place?.kind) {
    case 'relay':
      return place.lan ? [] : ['port25-blocked'];
    case 'submission':
      return place.lan ? [] : ['submission-port-blocked'];
    case 'unknown':
      return place.likely === 'submission'
        ? ['submission-port-blocked', 'port25-blocked']
        : ['port25-blocked', 'submission-port-blocked'];
    default:
      return [];
  }
}

/**
 * A connection left waiting for a greeting is a TLS setting that does not suit the port only where
 * the port may be one for SSL/TLS from the first byte (465): on 25, 587 or 2525 the greeting comes
 * whatever the program's setting.
 */
function tlsModeAt(place: Place | undefined): Array<DiagnosisId> {
  return place && 'port' in place && place.port !== undefined && place.port !== 465 ? [] : ['tls-failure'];
}

/** What a reading stands for where the connection was going. */
function readingAt(r: Reading, place: Place | undefined): Array<DiagnosisId> {
  return r === 'blocked' ? blocksAt(place) : r === 'tls-mode' ? tlsModeAt(place) : [r];
}

/** How much an entry counts toward a diagnosis (through "blocked" and "refused" too). */
function weightFor(
  e: LayerEvidence,
  id: DiagnosisId,
  scoring: ScoringFile,
  goesTo: ReadonlyMap<Signal, DiagnosisId>,
): number {
  let w = 0;
  for (const s of signalsOf(e, scoring)) {
    if ((goesTo.get(s.signal) ?? s.signal) === id && s.weight > w) {
      w = s.weight;
    }
  }
  return w;
}

/** The score a diagnosis has on evidence that leaves nothing open (each entry once, at its strongest). */
function decisiveScore(
  decisive: ReadonlyArray<LayerEvidence>,
  id: DiagnosisId,
  scoring: ScoringFile,
  goesTo: ReadonlyMap<Signal, DiagnosisId>,
): number {
  const byRule = new Map<string, number>();
  for (const e of decisive) {
    const w = weightFor(e, id, scoring, goesTo);
    if (w > (byRule.get(e.rule) ?? 0)) {
      byRule.set(e.rule, w);
    }
  }
  let sum = 0;
  for (const w of byRule.values()) {
    sum += w;
  }
  return sum;
}

/**
 * What the evidence leaves open: for a diagnosis that rests on open evidence alone, what that
 * evidence could also mean, strongest first; for "unknown", what anything in the text could mean;
 * and the runners-up that decisive evidence of their own makes genuine second readings.
 */
function whatIsOpen(
  evidence: ReadonlyArray<LayerEvidence>,
  scoring: ScoringFile,
  fromServer: boolean,
  at: {
    diagnosis: DiagnosisId;
    ranked: ReadonlyArray<[DiagnosisId | 'incoming', number]>;
    topScore: number;
    goesTo: ReadonlyMap<Signal, DiagnosisId>;
    place: Place | undefined;
  },
): { readings: Array<DiagnosisId>; ask: string | undefined; contenders: Array<DiagnosisId> } {
  const { diagnosis, ranked, topScore, goesTo, place } = at;
  const opened: Array<{ e: LayerEvidence; open: Array<Reading>; ask?: string; weight: number }> = [];
  const decisive: Array<LayerEvidence> = [];
  for (const e of evidence) {
    const o = openOf(e, scoring, fromServer);
    if (o.open.length === 0) {
      decisive.push(e);
    } else {
      opened.push({ e, ...o, weight: diagnosis === 'unknown' ? 0 : weightFor(e, diagnosis, scoring, goesTo) });
    }
  }
  const share = topScore * scoring.contenderShare;
  const contenders: Array<DiagnosisId> = [];
  for (const [id, n] of ranked.slice(1)) {
    // A decisive score is never above the whole score, so only runners-up that near the top can be.
    if (id !== 'incoming' && n >= share && decisiveScore(decisive, id, scoring, goesTo) >= share) {
      contenders.push(id);
    }
  }
  const resting =
    diagnosis === 'unknown'
      ? opened
      : decisiveScore(decisive, diagnosis, scoring, goesTo) < scoring.minimum
        ? opened.filter((o) => o.weight > 0)
        : opened.filter((o) => o.weight > 0 && o.e.staysOpen === true);
  const strongest = resting.sort((a, b) => b.weight - a.weight || a.e.at - b.e.at);
  return {
    readings: strongest.flatMap((o) => o.open.flatMap((r) => readingAt(r, place))),
    ask: strongest.find((o) => o.ask !== undefined)?.ask,
    contenders,
  };
}

/** Evidence of a kind that only wraps a cause is set aside where the text names the cause. */
function withoutWrappers(evidence: ReadonlyArray<LayerEvidence>, scoring: ScoringFile): ReadonlyArray<LayerEvidence> {
  const named = new Set<string>(evidence.map((e) => e.means));
  return evidence.filter((e) => !(kindOf(scoring, e.means)?.givesWay ?? []).some((m) => named.has(m)));
}

function addTo<K>(scores: Map<K, number>, id: K, n: number) {
  scores.set(id, (scores.get(id) ?? 0) + n);
}

export function score(all: ReadonlyArray<LayerEvidence>, scoring: ScoringFile, context: ScoreContext): Scored {
  const evidence = withoutWrappers(all, scoring);
  // Each entry counts once per signal, at its strongest.
  const best = new Map<string, { signal: Signal; weight: number }>();
  const support = new Map<Signal, Array<LayerEvidence>>();
  for (const e of evidence) {
    // Open kinds count once per kind, other entries once per entry.
    const entry = kindOf(scoring, e.means)?.open ? e.means : e.rule;
    for (const s of signalsOf(e, scoring)) {
      const key = `${entry}\u0000${s.signal}`;
      if ((best.get(key)?.weight ?? 0) < s.weight) {
        best.set(key, s);
      }
      const list = support.get(s.signal);
      if (list) {
        list.push(e);
      } else {
        support.set(s.signal, [e]);
      }
    }
  }
  const scores = new Map<Signal, number>();
  for (const { signal, weight } of best.values()) {
    scores.set(signal, (scores.get(signal) ?? 0) + weight);
  }
  const connected = (scores.get('connected') ?? 0) > 0;
  if (connected) {
    // A server answered: the connection opened, so nothing at the connection level is the cause.
    scores.delete('blocked');
    scores.delete('refused');
    for (const id of scoring.connectedRulesOut) {
      scores.delete(id);
    }
  }

  const final = new Map<DiagnosisId | 'incoming', number>();
  for (const [signal, n] of scores) {
    if (isDiagnosis(signal) || signal === 'incoming') {
      addTo(final, signal, n);
    }
  }
  const alsoPossible: Array<DiagnosisId> = [];
  let port: number | undefined;
  let portUnknown = false;
  let finding: FindingId | undefined;
  // Where "blocked" and "refused" evidence goes, and the place each was about.
  const goesTo = new Map<Signal, DiagnosisId>();
  let place: Place | undefined;
  const blocked = scores.get('blocked');
  if (blocked !== undefined) {
    place = context.placeOf(support.get('blocked') ?? []);
    let to: DiagnosisId | undefined;
    if (place.kind === 'relay') {
      to = 'port25-blocked';
      port = place.port;
    } else if (place.kind === 'submission') {
      to = 'submission-port-blocked';
      port = place.port;
    } else if (place.kind === 'unknown') {
      const [likely = 'port25-blocked', other = 'submission-port-blocked'] = blocksAt(place);
      to = likely;
      alsoPossible.push(other);
      portUnknown = true;
    } else if (place.kind === 'local' && place.otherPort !== undefined) {
      // A wait for a service of this computer's own on a port mail is not sent on: that port's.
      if (final.size === 0 && !scores.has('refused')) {
        finding = 'not-smtp-port';
        port = place.otherPort;
      }
    } else if (place.kind === 'local') {
      // Nothing that a network blocks: no mail server answers on this computer.
      to = 'connection-refused';
      finding = 'local-host';
    } else if (final.size === 0 && !scores.has('refused')) {
      finding = 'not-smtp-port';
      port = place.port;
    }
    if (to) {
      addTo(final, to, blocked);
      goesTo.set('blocked', to);
    }
  }
  const refused = scores.get('refused');
  if (refused !== undefined) {
    addTo(final, 'connection-refused', refused);
    goesTo.set('refused', 'connection-refused');
    const refusedPlace = context.placeOf(support.get('refused') ?? []);
    place ??= refusedPlace;
    port ??= 'port' in refusedPlace ? refusedPlace.port : undefined;
    if (refusedPlace.kind === 'local') {
      finding = 'local-host';
    }
  }
  if (final.has('auth-failed') && support.get('auth-failed')?.some((e) => e.means === 'basic-auth-off')) {
    finding = 'basic-auth-off';
  }

  const ranked = [...final].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  let diagnosis: DiagnosisId = 'unknown';
  if (top?.[0] === 'incoming') {
    finding = 'incoming';
  } else if (top && top[1] >= scoring.minimum) {
    diagnosis = top[0];
    // Signed in, and the From address refused: the sign-in family, with its own headline and fix.
    if (
      diagnosis === 'auth-failed' &&
      finding === undefined &&
      support.get('auth-failed')?.some((e) => e.means === 'send-as-refused')
    ) {
      finding = 'send-as-refused';
    }
  } else if (top) {
    // Too little to say: not sure, but the hint is worth offering.
    alsoPossible.unshift(top[0]);
    finding = undefined;
  }

  // Evidence that only leaves a block open (a failed TLS connection) still needs its port.
  const leavingBlockOpen = evidence.filter((e) => openOf(e, scoring, context.fromServer).open.includes('blocked'));
  if (!place && leavingBlockOpen.length > 0) {
    place = context.placeOf(leavingBlockOpen);
  }

  const topScore = top?.[1] ?? 0;
  const { readings, ask, contenders } = whatIsOpen(evidence, scoring, context.fromServer, {
    diagnosis,
    ranked,
    topScore,
    goesTo,
    place,
  });
  const ruledOut = new Set<DiagnosisId>(connected ? scoring.connectedRulesOut : []);
  const alternatives =
    finding === 'incoming'
      ? // About receiving mail: nothing about sending is worth offering.
        []
      : [...new Set([...alsoPossible, ...readings, ...contenders])].filter(
          (id) => id !== diagnosis && id !== 'unknown' && !ruledOut.has(id),
        );

  const c = scoring.confidence;
  const secondScore = second?.[1] ?? 0;
  let confidence =
    diagnosis !== 'unknown' && top
      ? Math.min(c.max, c.base + (c.spread * (topScore - secondScore)) / (topScore + c.damping))
      : c.none;
  const blockUnknown = portUnknown && (diagnosis === 'port25-blocked' || diagnosis === 'submission-port-blocked');
  if (blockUnknown) {
    confidence = Math.min(confidence, c.portUnknown);
    finding ??= 'port-unknown';
  }
  if (alternatives.length > 0 && diagnosis !== 'unknown') {
    // Offering other readings is saying we are not sure.
    confidence = Math.min(
      confidence,
      Math.max(c.none, c.withAlternatives - c.perAlternative * (alternatives.length - 1)),
    );
  }
  return {
    diagnosis,
    alternatives,
    confidence: Math.round(confidence * 100) / 100,
    ...(finding ? { finding } : {}),
    ...(ask === undefined ? {} : { ask }),
    ...(port === undefined ? {} : { port }),
    portUnknown: blockUnknown,
    support,
  };
}
