// Layer 4 (and the pattern parts of layers 2 and 3): try each pattern whose plain words the sieve
// found, on the stretch of line around each place they were found.
import type { CompiledPattern, Classifier } from './compile';
import { lineAround, type Lines } from './evidence';
import type { Found } from './sieve';

export type PatternMatch = { pattern: CompiledPattern; start: number; end: number; groups: Array<string | undefined> };

/** How far either side of a found word a match may reach (patterns are bounded well below it). */
const reach = 600;
/** Matches kept per pattern: one is evidence, a few show where. */
const maxMatches = 3;

export function matchPatterns(norm: string, lines: Lines, found: Found, classifier: Classifier): Array<PatternMatch> {
  const places = new Map<CompiledPattern, Array<number>>();
  for (const [literal, at] of found) {
    for (const pattern of classifier.byLiteral.get(literal) ?? []) {
      places.set(pattern, [...(places.get(pattern) ?? []), ...at]);
    }
  }
  const matches: Array<PatternMatch> = [];
  for (const [pattern, at] of places) {
    let done = -1;
    let kept = 0;
    for (const place of at.sort((a, b) => a - b)) {
      if (place < done || kept >= maxMatches) {
        continue;
      }
      const [lineStart, lineEnd] = lineAround(lines, place);
      const from = Math.max(lineStart, place - reach);
      const to = Math.min(lineEnd, place + reach);
      const piece = norm.slice(from, to);
      const re = pattern.regex;
      re.lastIndex = 0;
      for (let m = re.exec(piece); m !== null && kept < maxMatches; m = re.exec(piece)) {
        if (m[0] === '') {
          re.lastIndex++;
          continue;
        }
        const start = from + m.index;
        if (start >= done) {
          matches.push({ pattern, start, end: start + m[0].length, groups: m.slice(1) });
          kept++;
        }
      }
      done = to;
    }
  }
  return matches;
}
