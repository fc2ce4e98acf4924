// What every layer reports: a piece of the text, what it means, and how much it counts.
import type { DiagnosisId, Meaning } from '../vocabulary/diagnoses';

/**
 * Another diagnosis a piece of evidence may mean; "blocked" is the block of the port in play,
 * "tls-mode" a TLS setting that does not suit the port (only where that port may be 465).
 */
export type Reading = DiagnosisId | 'blocked' | 'tls-mode';

/** Evidence as the layers report it: with its offset in the normalised text, for finding its line. */
export type LayerEvidence = Evidence & {
  at: number;
  layer: 'code' | 'identity' | 'phrase' | 'greeting';
  /** What the entry itself leaves open (else its kind's, scoring.yaml), and the question that decides. */
  open?: ReadonlyArray<Reading>;
  ask?: string;
  /** What it leaves open is not settled by other evidence for the same diagnosis. */
  staysOpen?: true;
};

export type Evidence = {
  /** The layer's entry that matched: "code 5.7.8", "ECONNREFUSED", "relay-refused#2". */
  rule: string;
  /** A diagnosis, a connection kind or a pseudo-meaning (ids.ts); scoring.yaml weighs kinds. */
  means: Meaning;
  /** The entry's own weight for its first signal, when it has one. */
  weight?: number;
  /** Offsets in the (possibly shortened) text. */
  start: number;
  end: number;
  match: string;
  explain: string;
};

/** From offsets in the normalised text to the original: where the evidence is, and its words. */
export type Locate = (start: number, end: number) => { start: number; end: number; match: string; at: number };

/** Line starts of a text, for finding the line around an offset. */
export type Lines = { starts: Array<number>; text: string };

export function indexLines(text: string): Lines {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    starts.push(at + 1);
  }
  return { starts, text };
}

/** The [start, end) of the line holding an offset. */
export function lineAround(lines: Lines, offset: number): [number, number] {
  let lo = 0;
  let hi = lines.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines.starts[mid] ?? 0) <= offset) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  const start = lines.starts[lo] ?? 0;
  const next = lines.starts[lo + 1];
  return [start, next === undefined ? lines.text.length : next - 1];
}
