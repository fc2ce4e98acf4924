// Rule patterns are data, so the build checks they cannot backtrack catastrophically. Two rules:
// no quantified group may contain another unbounded quantifier ((a+)+ is exponential), and an
// unbounded quantifier (*, +, {n,}) may only follow whitespace (\s or a space). Everything else
// must be bounded, e.g. [^\]]{1,60}, so each attempt stops after a fixed number of characters.
// Lines are also cut to a fixed length before matching, which bounds what remains.

type Frame = { unbounded: boolean };

function quantifierAt(source: string, at: number): { unbounded: boolean; length: number } {
  const c = source[at];
  if (c === '*' || c === '+') {
    return { unbounded: true, length: 1 + (source[at + 1] === '?' ? 1 : 0) };
  }
  if (c === '?') {
    return { unbounded: false, length: 1 };
  }
  if (c === '{') {
    const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(source.slice(at, at + 12));
    if (m) {
      const unbounded = m[2] !== undefined && (m[3] === '' || Number(m[3]) > 300);
      return { unbounded, length: m[0].length + (source[at + m[0].length] === '?' ? 1 : 0) };
    }
  }
  return { unbounded: false, length: 0 };
}

/** Why a pattern is unsafe, or undefined when it is fine. */
export function unsafeRegexReason(source: string): string | undefined {
  const stack: Array<Frame> = [{ unbounded: false }];
  const around = (i: number) => `"${source.slice(Math.max(0, i - 20), i + 3)}"`;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    let token: string;
    if (c === '\\') {
      token = source.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') {
        j += source[j] === '\\' ? 2 : 1;
      }
      token = source.slice(i, j + 1);
      i = j + 1;
    } else if (c === '(') {
      stack.push({ unbounded: false });
      i += source.startsWith('(?:', i) || source.startsWith('(?=', i) || source.startsWith('(?!', i) ? 3 : 1;
      continue;
    } else if (c === ')') {
      const group = stack.pop() ?? { unbounded: false };
      const q = quantifierAt(source, i + 1);
      if (q.unbounded) {
        return `an unbounded quantifier on a group at ${around(i)}; repeat a bounded number of times, e.g. {0,5}`;
      }
      if (group.unbounded && q.length > 0 && source[i + 1] !== '?') {
        return `a repeated group containing an unbounded quantifier at ${around(i)}; bound the inner one, e.g. {0,40}`;
      }
      const parent = stack.at(-1);
      if (parent && group.unbounded) {
        parent.unbounded = true;
      }
      i += 1 + q.length;
      continue;
    } else {
      token = c ?? '';
      i += 1;
    }
    const q = quantifierAt(source, i);
    if (q.unbounded) {
      if (token !== '\\s' && token !== ' ') {
        return `an unbounded quantifier after ${JSON.stringify(token)} at ${around(i)}; only whitespace may repeat without a bound, write e.g. {1,120}`;
      }
      const frame = stack.at(-1);
      if (frame) {
        frame.unbounded = true;
      }
    }
    i += q.length;
  }
  return undefined;
}
