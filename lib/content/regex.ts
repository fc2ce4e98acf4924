// The classifier's patterns are data, so the build checks them: they cannot backtrack
// catastrophically (every quantifier is bounded, e.g. [^\]]{1,60}, so each attempt stops after a
// fixed number of characters), they are written in lowercase (the text is lowercased once), and
// they contain plain words any match must contain, which lets the classifier skip a pattern on
// texts without them.

/** The largest bound a quantifier may have. */
const maxBound = 300;

type Quantifier = { min: number; max: number; length: number };

function quantifierAt(source: string, at: number): Quantifier {
  const c = source[at];
  const lazy = (n: number) => n + (source[at + n] === '?' ? 1 : 0);
  if (c === '*') {
    return { min: 0, max: Infinity, length: lazy(1) };
  }
  if (c === '+') {
    return { min: 1, max: Infinity, length: lazy(1) };
  }
  if (c === '?') {
    return { min: 0, max: 1, length: lazy(1) };
  }
  if (c === '{') {
    const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(source.slice(at, at + 12));
    if (m) {
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      return { min, max, length: lazy(m[0].length) };
    }
  }
  return { min: 1, max: 1, length: 0 };
}

/** One piece of a pattern: a literal character, a group of alternatives, or anything else. */
type Item =
  | { kind: 'char'; char: string; q: Quantifier }
  | { kind: 'group'; alternatives: Array<Array<Item>>; q: Quantifier; zeroWidth: boolean }
  | { kind: 'other'; token: string; q: Quantifier };

const escapedLiteral = /^\\[^a-zA-Z0-9]$/;

/** Parses a pattern into alternatives of items (enough of JavaScript's syntax for our data). */
function parse(source: string, at = 0): { alternatives: Array<Array<Item>>; end: number } {
  const alternatives: Array<Array<Item>> = [[]];
  let i = at;
  while (i < source.length && source[i] !== ')') {
    const c = source[i] ?? '';
    const current = alternatives.at(-1) ?? [];
    if (c === '|') {
      alternatives.push([]);
      i += 1;
      continue;
    }
    if (c === '(') {
      const special = /^\(\?(?:[:=!]|<[=!])/.exec(source.slice(i, i + 4));
      const inner = parse(source, i + (special ? special[0].length : 1));
      const q = quantifierAt(source, inner.end + 1);
      current.push({
        kind: 'group',
        alternatives: inner.alternatives,
        q,
        zeroWidth: special !== null && special[0] !== '(?:',
      });
      i = inner.end + 1 + q.length;
      continue;
    }
    let token: string;
    if (c === '\\') {
      token = source.slice(i, i + 2);
    } else if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') {
        j += source[j] === '\\' ? 2 : 1;
      }
      token = source.slice(i, j + 1);
    } else {
      token = c;
    }
    i += token.length;
    const q = quantifierAt(source, i);
    i += q.length;
    const literal = escapedLiteral.test(token) ? token.slice(1) : /^[^\\[.^$]$/.test(token) ? token : undefined;
    current.push(literal === undefined ? { kind: 'other', token, q } : { kind: 'char', char: literal, q });
  }
  return { alternatives, end: i };
}

/** Why a pattern is unsafe, or undefined when it is fine. */
export function unsafeRegexReason(source: string): string | undefined {
  const around = (i: number) => `"${source.slice(Math.max(0, i - 20), i + 3)}"`;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const closesGroup = c === ')';
    if (c === '\\') {
      i += 2;
    } else if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') {
        j += source[j] === '\\' ? 2 : 1;
      }
      i = j + 1;
    } else if (c === '(' && source[i + 1] === '?') {
      i += 2;
    } else {
      i += 1;
    }
    const q = quantifierAt(source, i);
    if (q.max === Infinity) {
      return `an unbounded quantifier at ${around(i)}; bound it, e.g. {1,120}`;
    }
    if (q.max > maxBound) {
      return `a quantifier above ${maxBound} at ${around(i)}; use a smaller bound`;
    }
    if (q.length > 0 && closesGroup) {
      // A repeated group may not hold a quantifier of its own: (a{1,9}){1,9} multiplies.
      let depth = 0;
      let j = i - 1;
      for (; j >= 0; j--) {
        depth += source[j] === ')' && source[j - 1] !== '\\' ? 1 : source[j] === '(' && source[j - 1] !== '\\' ? -1 : 0;
        if (depth === 0) {
          break;
        }
      }
      const inside = source.slice(j, i - 1);
      if (q.max > 1 && /(?:[^\\][*+]|\{\d{1,4},?\d{0,4}\})/.test(inside)) {
        return `a repeated group containing a quantifier at ${around(i)}; repeat a plain group instead`;
      }
    }
    i += q.length;
  }
  return undefined;
}

/** Strings of which every match contains at least one, or undefined when there are none. */
function requiredOf(alternatives: Array<Array<Item>>): Array<string> | undefined {
  const sets = alternatives.map(requiredInSequence);
  return sets.every((s) => s !== undefined) ? [...new Set(sets.flat())] : undefined;
}

function requiredInSequence(items: Array<Item>): Array<string> | undefined {
  const shortest = (set: Array<string>) => Math.min(...set.map((s) => s.length));
  return candidatesInSequence(items).sort((a, b) => shortest(b) - shortest(a))[0];
}

/** Every set of strings of which a match of the sequence contains one: its runs and its required groups' sets. */
function candidatesInSequence(items: Array<Item>): Array<Array<string>> {
  const candidates: Array<Array<string>> = [];
  let run = '';
  const endRun = () => {
    if (run.length > 0) {
      candidates.push([run]);
    }
    run = '';
  };
  for (const item of items) {
    const once = item.q.min === 1 && item.q.max === 1;
    if (item.kind === 'char' && once) {
      run += item.char;
      continue;
    }
    endRun();
    if (item.kind === 'group' && !item.zeroWidth && item.q.min >= 1) {
      const inner = requiredOf(item.alternatives);
      if (inner) {
        candidates.push(inner);
      }
    }
  }
  endRun();
  return candidates;
}

/**
 * The plain strings of which any match of the pattern contains one, each at least three characters
 * long; undefined when the pattern has none (then every text would have to be tried).
 */
export function requiredLiterals(source: string): Array<string> | undefined {
  const set = requiredOf(parse(source).alternatives);
  return set && set.every((s) => s.trim().length >= 3) ? set : undefined;
}

/**
 * Every set of plain strings of which a match contains one, each string at least three characters
 * long: a match contains something from each set, so a text lacking every string of any one set
 * cannot match. The set requiredLiterals gives is among them.
 */
export function requiredLiteralSets(source: string): Array<Array<string>> {
  const { alternatives } = parse(source);
  const sets = alternatives.length === 1 ? candidatesInSequence(alternatives[0] ?? []) : [requiredOf(alternatives)];
  return sets.filter((set): set is Array<string> => set !== undefined && set.every((s) => s.trim().length >= 3));
}

/** Problems with a classifier pattern, in words an author can act on. */
export function patternProblem(source: string, { needsWords = true } = {}): string | undefined {
  try {
    new RegExp(source);
  } catch (error) {
    return `not a valid regular expression (${(error as Error).message})`;
  }
  const unsafe = unsafeRegexReason(source);
  if (unsafe) {
    return unsafe;
  }
  if (/[A-Z]/.test(source.replace(/\\./g, ''))) {
    return 'write patterns in lowercase (the text is lowercased before matching)';
  }
  if (needsWords && !requiredLiterals(source)) {
    return 'every match must contain a plain word of three or more letters outside optional parts; add one';
  }
  return undefined;
}
