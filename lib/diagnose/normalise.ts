// The text as the classifier's layers read it: lowercased, look-alike characters written the usual
// way (0×8004210B with a multiplication sign, curly quotes, non-breaking spaces, dashes) and
// wrapped lines joined, without changing any offset, so evidence still points into the original.

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
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\uff1a': ':',
};
const lookAlike = new RegExp(`[${Object.keys(lookAlikes).join('')}]`, 'g');

/** A newline that starts an indented continuation line (wrapped logs and bounces). */
const continuation = /\r?\n(?=(?: {2}|\t))/g;

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

export function normalise(text: string): string {
  const plain = text.replace(lookAlike, (c) => lookAlikes[c] ?? c);
  return lowercase(plain).replace(continuation, (m) => ' '.repeat(m.length));
}
