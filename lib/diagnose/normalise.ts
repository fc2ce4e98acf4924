// The text as the classifier's layers read it: lowercased, look-alike characters written the usual
// way (0×8004210B with a multiplication sign, curly quotes, non-breaking spaces, dashes), runs of
// spaces and tabs made one space, and wrapped lines joined. `at` maps each offset of the result
// back into the original, so evidence still points into what the customer pasted.

import type { Locate } from './evidence';

const lookAlikes: Record<string, string> = {
  '\u00d7': 'x',
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u3000': ' ',
  '\t': ' ',
  '\r': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\uff1a': ':',
};
const lookAlike = new RegExp(`[${Object.keys(lookAlikes).join('')}]`, 'g');

export type Normalised = {
  norm: string;
  /** Original offset of each offset in norm (one more entry for the end); absent when they are equal. */
  at?: Int32Array;
};

function lowercase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    return lower;
  }
  // A few characters grow when lowercased (İ becomes i̇); keep one unit for each so offsets hold.
  let out = '';
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

/** Space runs, and a newline before an indented continuation line, become one space. */
const squeezable = / {2}|\n /;

/**
 * Outlook's codes retyped from the dialog with the letter O for a zero (0x800CCCOE): the code's
 * last two places are hexadecimal, so an O there can only be a zero. Same length, offsets hold.
 */
const outlookCodeWithO = /\b0x800ccc(?:o[0-9a-fo]|[0-9a-f]o)\b/g;
const zeroForO = (code: string): string => code.replace(/o/g, '0');

export function normalise(text: string): Normalised {
  const lowered = lowercase(text.replace(lookAlike, (c) => lookAlikes[c] ?? c));
  const plain = lowered.includes('0x800ccc') ? lowered.replace(outlookCodeWithO, zeroForO) : lowered;
  if (!squeezable.test(plain)) {
    return { norm: plain };
  }
  const at = new Int32Array(plain.length + 1);
  const out = new Uint16Array(plain.length);
  const space = 32;
  const newline = 10;
  let n = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    const last = n > 0 ? out[n - 1] : undefined;
    if (c === space && last === space) {
      continue;
    }
    if (c === space && last === newline && plain.charCodeAt(i + 1) === space) {
      // The line goes on: the newline becomes the one space.
      out[n - 1] = space;
      continue;
    }
    out[n] = c;
    at[n] = i;
    n++;
  }
  at[n] = plain.length;
  let norm = '';
  for (let i = 0; i < n; i += 8192) {
    // Passed as an array-like, not spread: spreading a typed array goes through its iterator, which
    // cost more than the rest of normalising (1.3 µs against 7.8 for 300 characters).
    norm += Reflect.apply(String.fromCharCode, null, out.subarray(i, Math.min(n, i + 8192))) as string;
  }
  return { norm, at: at.subarray(0, n + 1) };
}

/**
 * From offsets in the normalised text to the original. (Made by a function rather than written
 * inline, so no named closure is made per text.)
 */
export function locator(text: string, normalised: Normalised): Locate {
  return (from, to) => {
    const start = originalOffset(normalised, from);
    const end = originalOffset(normalised, to);
    return { start, end, match: text.slice(start, end), at: from };
  };
}

/** The original offset of an offset in the normalised text. */
export function originalOffset(normalised: Normalised, offset: number): number {
  return normalised.at ? (normalised.at[offset] ?? offset) : offset;
}
