// Layer 4 (and the pattern parts of layers 2 and 3): try each pattern whose plain words the sieve
// found, on the stretch of line around each place they were found.
import type { Classifier, CompiledPattern, CompiledWording } from './compile';
import { lineAround, type Lines } from './evidence';
import { seen, type Sieved } from './sieve';

export type PatternMatch = { pattern: CompiledPattern; start: number; end: number; groups: Array<string | undefined> };

/** How far either side of a found word a match may reach (patterns are bounded well below it). */
const reach = 600;
/** Matches kept per pattern: one is evidence, a few show where. */
const maxMatches = 3;

export function matchPatterns(norm: string, lines: Lines, sieved: Sieved, classifier: Classifier): Array<PatternMatch> {
  // A short text is read whole, so only the wordings matter, not where their words are.
  const short = norm.length <= reach;
  const { scratch } = classifier;
  if (scratch.runs === 0xffffffff) {
    scratch.filed.fill(0);
    scratch.lacking.fill(0);
    scratch.runs = 0;
  }
  const run = ++scratch.runs;
  const { filed, lacking, slot } = scratch;
  // The wordings to try, in the order their words were first found, with their places.
  const tried: Array<CompiledWording> = [];
  const places: Array<Array<number>> = [];
  for (const [, at, index] of sieved.found) {
    for (const wording of classifier.byWord[index] ?? []) {
      const i = wording.index;
      if (filed[i] === run) {
        if (!short) {
          places[slot[i] ?? 0]?.push(...at);
        }
      } else if (lacking[i] !== run) {
        // A wording that lacks a word it needs cannot match: most of those filed are set aside here.
        if (hasWordsNeeded(wording, sieved)) {
          filed[i] = run;
          slot[i] = tried.length;
          tried.push(wording);
          places.push(short ? [] : [...at]);
        } else {
          lacking[i] = run;
        }
      }
    }
  }
  const matches: Array<PatternMatch> = [];
  if (short) {
    // A short text: each pattern runs once over all of it.
    for (const wording of tried) {
      collect(wording, norm, 0, matches);
    }
    return matches;
  }
  tried.forEach((wording, w) => {
    const at = places[w] ?? [];
    let done = -1;
    let kept = 0;
    for (const place of at.length > 1 ? at.sort((a, b) => a - b) : at) {
      if (place < done || kept >= maxMatches) {
        continue;
      }
      const [lineStart, lineEnd] = lineAround(lines, place);
      const from = Math.max(lineStart, place - reach);
      const to = Math.min(lineEnd, place + reach);
      kept += collect(wording, norm.slice(from, to), from, matches, done, maxMatches - kept);
      done = to;
    }
  });
  return matches;
}

/** Whether the text has a word of each set the wording needs (loops: this runs for every wording filed). */
function hasWordsNeeded(wording: CompiledWording, sieved: Sieved): boolean {
  for (const set of wording.needs) {
    let found = false;
    for (let i = 0; i < set.length && !found; i++) {
      found = seen(sieved, set[i] ?? -1);
    }
    if (!found) {
      return false;
    }
  }
  return true;
}

/** Matches of one wording in a piece of the text that starts at `from`; how many were kept. */
function collect(
  { pattern, regex: re }: CompiledWording,
  piece: string,
  from: number,
  matches: Array<PatternMatch>,
  after = 0,
  limit = maxMatches,
): number {
  re.lastIndex = 0;
  let kept = 0;
  for (let m = re.exec(piece); m !== null && kept < limit; m = re.exec(piece)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const start = from + m.index;
    if (start >= after) {
      matches.push({ pattern, start, end: start + m[0].length, groups: m.slice(1) });
      kept++;
    }
  }
  return kept;
}
