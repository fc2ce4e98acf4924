// Property tests: whatever a customer pastes, up to 64 KB and beyond, the classifier answers with a
// well-formed result and never throws. (How fast it does so is measured by npm run bench:classify.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';
import { beforeAll, expect, test } from 'vitest';

import { loadLibrary } from '@/lib/content/library';
import { classify, compileRules, maxTextBytes, type Classification, type Classifier } from '@/lib/diagnose/classify';
import { diagnosisIds } from '@/lib/vocabulary/diagnoses';
import { parseFacts } from '@/lib/vocabulary/query';

const fixtureLines = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/diagnose/cases.json'), 'utf8')) as Array<{
    text: string;
  }>
).flatMap((c) => c.text.split('\n'));

let classifier: Classifier;
let ispSlugs: Set<string>;

beforeAll(async () => {
  const library = await loadLibrary();
  classifier = compileRules(library.diagnose);
  ispSlugs = new Set(library.isps.map((i) => i.slug));
}, 60_000);

function wellFormed(text: string, r: Classification) {
  expect(diagnosisIds).toContain(r.diagnosis);
  expect(r.confidence).toBeGreaterThanOrEqual(0);
  expect(r.confidence).toBeLessThanOrEqual(1);
  expect(r.alternatives).not.toContain(r.diagnosis);
  for (const a of r.alternatives) {
    expect(diagnosisIds).toContain(a);
  }
  for (const e of r.evidence) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(text.length);
  }
  // Whatever it implies is a valid troubleshooter state.
  expect(parseFacts(new URLSearchParams(r.implied), ispSlugs).ok).toBe(true);
}

test('any short text, in any script, gives a well-formed result', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
      wellFormed(text, classify(text, classifier));
    }),
    { numRuns: 400 },
  );
});

test('real error lines mixed, reordered, re-cased and wrapped in noise still give a well-formed result', () => {
  const line = fc.oneof(
    fc.constantFrom(...fixtureLines),
    fc.string({ unit: 'binary-ascii', maxLength: 80 }),
    fc.constantFrom('', '    ', '\t', '\r', '>> ', '<< ', '*** '),
  );
  fc.assert(
    fc.property(fc.array(line, { maxLength: 40 }), fc.boolean(), (lines, upper) => {
      const text = lines.join('\n');
      wellFormed(upper ? text.toUpperCase() : text, classify(upper ? text.toUpperCase() : text, classifier));
    }),
    { numRuns: 300 },
  );
});

test('texts up to 64 KB and beyond never throw, and the overflow is reported', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...fixtureLines),
      fc.integer({ min: 1, max: 3000 }),
      fc.constantFrom('\n', ' ', ''),
      (piece, times, separator) => {
        const text = Array.from({ length: times }, () => piece).join(separator);
        const r = classify(text, classifier);
        wellFormed(text.slice(0, maxTextBytes), r);
        expect(r.truncated).toBe(Buffer.byteLength(text, 'utf8') > maxTextBytes);
      },
    ),
    { numRuns: 30 },
  );
});

test.for([
  { name: 'a single 64 KB line', text: 'a'.repeat(maxTextBytes) },
  { name: '64 KB of newlines', text: '\n'.repeat(maxTextBytes) },
  { name: '64 KB of spaces', text: ' '.repeat(maxTextBytes) },
  { name: 'a rule prefix repeated', text: 'connect to '.repeat(6000) },
  { name: 'brackets repeated', text: '['.repeat(maxTextBytes) },
  { name: 'multi-byte text over the limit', text: '日本語の'.repeat(10_000) },
  { name: 'lone surrogates', text: '\ud800\udc00\ud800'.repeat(5000) },
])('$name is handled', ({ text }) => {
  const r = classify(text, classifier);
  expect(diagnosisIds).toContain(r.diagnosis);
});
