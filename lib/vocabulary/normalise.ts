// How typed text and the vocabulary's phrases are compared: lowercase words and digits, accents
// and apostrophes dropped, separated by single spaces and padded, so a phrase is found as whole
// words with `text.includes(phrase)`.

export function normalise(text: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\.(?=\s|$)/g, ' ')
    .trim();
  return ` ${words.replace(/\s+/g, ' ')} `;
}
