// npm run bench:classify: how fast the classifier is on typical texts and on 64 KB texts,
// adversarial ones included (the regular expressions must not backtrack catastrophically).
// Prints a table and writes test-results/bench-classify.json.
import { mkdir, readFile, writeFile } from 'node:fs/promises';

import { loadLibrary } from '../lib/content/library';
import { classify, compileRules, maxTextBytes } from '../lib/diagnose/classify';

const classifier = compileRules((await loadLibrary()).diagnose);
const cases = JSON.parse(await readFile('test/fixtures/diagnose/cases.json', 'utf8')) as Array<{ text: string }>;
const typical = cases.map((c) => c.text);

function perSecond(texts: Array<string>, seconds: number): { rate: number; meanMicros: number } {
  for (const t of texts) {
    classify(t, classifier); // warm up
  }
  let runs = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(seconds * 1e9);
  while (process.hrtime.bigint() - start < budget) {
    for (const t of texts) {
      classify(t, classifier);
    }
    runs += texts.length;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  return { rate: runs / elapsed, meanMicros: (elapsed / runs) * 1e6 };
}

function timings(text: string, times: number): { median: number; max: number } {
  const ms: Array<number> = [];
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    classify(text, classifier);
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)] ?? 0, max: ms.at(-1) ?? 0 };
}

const fill = (piece: string) => piece.repeat(Math.ceil(maxTextBytes / piece.length)).slice(0, maxTextBytes);
const logLines = typical.join('\n');
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const big: Array<[string, string]> = [
  ['real log lines, 64 KB', fill(`${logLines}\n`)],
  ['one 64 KB line of "a"', fill('a')],
  ['64 KB of newlines', fill('\n')],
  ['64 KB of spaces', fill(' ')],
  ['"connect to " repeated', fill('connect to ')],
  ['"[" repeated', fill('[')],
  ['"220 " repeated', fill('220 ')],
  ['"dial tcp " repeated', fill('dial tcp 1.')],
  ['indented continuation lines', fill('x\n   ')],
  [
    'random printable',
    Array.from({ length: maxTextBytes }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join(''),
  ],
];

const typicalResult = perSecond(typical, 3);
const rows = big.map(([name, text]) => ({ name, ...timings(text, 15) }));
console.log(
  `Classifier on ${typical.length} typical texts: ${Math.round(typicalResult.rate).toLocaleString('en')} texts/s (${typicalResult.meanMicros.toFixed(1)} µs each, one core)`,
);
console.log('64 KB texts                        median ms   max ms');
for (const r of rows) {
  console.log(`${r.name.padEnd(34)} ${r.median.toFixed(2).padStart(9)} ${r.max.toFixed(2).padStart(8)}`);
}
await mkdir('test-results', { recursive: true });
await writeFile(
  'test-results/bench-classify.json',
  JSON.stringify({ node: process.version, typical: { texts: typical.length, ...typicalResult }, big: rows }, null, 2),
);
