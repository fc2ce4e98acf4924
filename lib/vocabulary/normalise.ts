// How typed text and the vocabulary's phrases are compared: lowercase words and digits, accents
// dropped (ß as ss), English contractions joined ("can't" is cant), a final 's dropped ("my
// server's mail" is my server mail) and French elisions split ("l'hôtel" is l hotel), with the
// sentence and the part of a sentence each word stands in.

export type Word = {
  text: string;
  sentence: number;
  clause: number;
  /** Written with a capital letter, not as the first word of its sentence: a name ("on Flow"). */
  name: boolean;
  /** Written right after a hyphen, as part of one hyphenated name ("outlook-com.olc.protection…"). */
  hyphened?: true;
};

/** Without accents and apostrophes: the letters the chat compares (case is kept for names). */
function fold(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=[a-z])/gi, (m) => `${m.slice(0, -1)} `)
    .replace(/['’]s\b/gi, '')
    .replace(/['’]/g, '');
}

// A word (dots kept inside: smtp.gmail.com, 5.7.1), the end of a sentence, or a break within one.
const pieces = /[a-z0-9]+(?:\.[a-z0-9]+)*|[.!?;]+(?=\s|$)|\n|[,()[\]"]|:(?=\s|$)|\s[-–—]\s/gi;

/** Short forms written with a dot inside a sentence: saint, mount, fort, and company words. */
const abbreviations = new Set(['st', 'ste', 'mt', 'ft', 'inc', 'ltd', 'co', 'corp', 'dept', 'mr', 'mrs', 'ms', 'dr']);

export function readWords(text: string): Array<Word> {
  const words: Array<Word> = [];
  let sentence = 0;
  let clause = 0;
  const folded = fold(text);
  for (const match of folded.matchAll(pieces)) {
    const [piece] = match;
    if (/^[a-z0-9]/i.test(piece)) {
      const first = words.at(-1)?.sentence !== sentence;
      const hyphened = /[a-z0-9]-$/i.test(folded.slice(Math.max(0, match.index - 2), match.index));
      words.push({
        text: piece.toLowerCase(),
        sentence,
        clause,
        name: !first && /^[A-Z]/.test(piece),
        ...(hyphened ? { hyphened: true as const } : {}),
      });
    } else if (
      piece === '.' &&
      abbreviations.has(words.at(-1)?.text ?? '') &&
      match.index > 0 &&
      /\w/.test(folded[match.index - 1] ?? '')
    ) {
      // "Flow St. Lucia", "Example Ltd. says": the dot of a short form ends no sentence.
      continue;
    } else if (/^[.!?;\n]/.test(piece)) {
      sentence += 1;
      clause += 1;
    } else {
      clause += 1;
    }
  }
  return words;
}

/** The words of a text separated by single spaces and padded, so a phrase is found with `includes`. */
export function normalise(text: string): string {
  return ` ${readWords(text)
    .map((w) => w.text)
    .join(' ')} `;
}
