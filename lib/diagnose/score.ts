// Scoring: evidence from every layer, weighed by scoring.yaml, becomes a ranked list of diagnoses,
// the alternatives worth showing and how sure we are. Each layer's entry counts once, however
// often the text repeats it; different entries add up.
import type { ScoringFile } from '../content/schema';
import type { Place } from './context';
import type { LayerEvidence } from './evidence';
import { diagnosisIds, type DiagnosisId, type FindingId, type Signal } from '../vocabulary/diagnoses';

export type Scored = {
  diagnosis: DiagnosisId;
  alternatives: Array<DiagnosisId>;
  confidence: number;
  finding?: FindingId;
  /** The port the failed connection was for, when the text tells. */
  port?: number;
  /** A block whose port the text does not tell. */
  portUnknown: boolean;
  /** Signals and the evidence behind each, for ordering what is shown. */
  support: Map<Signal, Array<LayerEvidence>>;
};

const isDiagnosis = (s: string): s is DiagnosisId => (diagnosisIds as ReadonlyArray<string>).includes(s);

/** The signals a piece of evidence stands for, with their weights. */
function signalsOf(e: LayerEvidence, scoring: ScoringFile): ReadonlyArray<{ signal: Signal; weight: number }> {
  const table = (scoring.meanings as Partial<Record<string, ReadonlyArray<{ signal: Signal; weight: number }>>>)[
    e.means
  ];
  if (!table) {
    return [{ signal: e.means as Signal, weight: e.weight ?? 1 }];
  }
  const first = table[0];
  return e.weight === undefined || !first ? table : [{ signal: first.signal, weight: e.weight }, ...table.slice(1)];
}

export function score(
  evidence: ReadonlyArray<LayerEvidence>,
  scoring: ScoringFile,
  placeOf: (evidence: ReadonlyArray<LayerEvidence>) => Place,
): Scored {
  // Each entry counts once per signal, at its strongest.
  const best = new Map<string, { signal: Signal; weight: number }>();
  const support = new Map<Signal, Array<LayerEvidence>>();
  for (const e of evidence) {
    for (const s of signalsOf(e, scoring)) {
      const key = `${e.rule}\u0000${s.signal}`;
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
  if ((scores.get('connected') ?? 0) > 0) {
    // A server answered: the connection opened, so nothing at the connection level is the cause.
    scores.delete('blocked');
    scores.delete('refused');
    for (const id of scoring.connectedRulesOut) {
      scores.delete(id);
    }
  }

  const final = new Map<DiagnosisId | 'incoming', number>();
  const add = (id: DiagnosisId | 'incoming', n: number) => final.set(id, (final.get(id) ?? 0) + n);
  for (const [signal, n] of scores) {
    if (isDiagnosis(signal) || signal === 'incoming') {
      add(signal, n);
    }
  }
  const alsoPossible = new Set<DiagnosisId>();
  let port: number | undefined;
  let portUnknown = false;
  let finding: FindingId | undefined;
  const blocked = scores.get('blocked');
  if (blocked !== undefined) {
    const place = placeOf(support.get('blocked') ?? []);
    if (place.kind === 'relay') {
      add('port25-blocked', blocked);
      port = place.port;
    } else if (place.kind === 'submission') {
      add('submission-port-blocked', blocked);
      port = place.port;
    } else if (place.kind === 'unknown') {
      add('port25-blocked', blocked);
      alsoPossible.add('submission-port-blocked');
      portUnknown = true;
    } else if (place.kind === 'local') {
      // Nothing that a network blocks: no mail server answers on this computer.
      add('connection-refused', blocked);
      finding = 'local-host';
    } else if (final.size === 0 && !scores.has('refused')) {
      finding = 'not-smtp-port';
      port = place.port;
    }
  }
  const refused = scores.get('refused');
  if (refused !== undefined) {
    add('connection-refused', refused);
    const place = placeOf(support.get('refused') ?? []);
    port ??= 'port' in place ? place.port : undefined;
    if (place.kind === 'relay') {
      alsoPossible.add('port25-blocked');
    } else if (place.kind === 'submission') {
      alsoPossible.add('submission-port-blocked');
    } else if (place.kind === 'unknown') {
      alsoPossible.add('port25-blocked');
    } else if (place.kind === 'local') {
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
  } else if (top) {
    // Too little to say: not sure, but the hint is worth offering.
    alsoPossible.add(top[0]);
    finding = undefined;
  }
  const topScore = top?.[1] ?? 0;
  const secondScore = second?.[1] ?? 0;
  const alternatives = [
    ...ranked
      .slice(1)
      .filter(([, s]) => s >= topScore * scoring.alternativeShare)
      .map(([id]) => id),
    ...alsoPossible,
  ].filter((id): id is DiagnosisId => id !== diagnosis && id !== 'incoming' && id !== 'unknown');
  const c = scoring.confidence;
  let confidence =
    diagnosis !== 'unknown' && top
      ? Math.min(c.max, c.base + (c.spread * (topScore - secondScore)) / (topScore + c.damping))
      : c.none;
  if (portUnknown && diagnosis === 'port25-blocked') {
    confidence = Math.min(confidence, c.portUnknown);
    finding ??= 'port-unknown';
  }
  return {
    diagnosis,
    // About receiving mail: nothing about sending is worth offering.
    alternatives: finding === 'incoming' ? [] : [...new Set(alternatives)],
    confidence: Math.round(confidence * 100) / 100,
    ...(finding ? { finding } : {}),
    ...(port === undefined ? {} : { port }),
    portUnknown: portUnknown && diagnosis === 'port25-blocked',
    support,
  };
}
