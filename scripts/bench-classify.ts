// npm run bench:classify: the classifier's part of `npm run bench`, on its own.
// Prints a table and writes test-results/bench-classify.json.
import { mkdir, writeFile } from 'node:fs/promises';

import { benchClassifier } from './bench/classify';

const result = await benchClassifier();
console.log(`Rules compiled and the classifier readied in ${result.readyMs.toFixed(0)} ms (once per process)`);
console.log(
  `Classifier on ${result.typical.texts} typical texts: ${Math.round(result.typical.perSecond).toLocaleString('en')} texts/s (${result.typical.meanMicros.toFixed(1)} µs each, one core)`,
);
console.log('64 KB texts                        median ms   max ms first ms');
for (const r of result.big) {
  console.log(
    `${r.name.padEnd(34)} ${r.median.toFixed(2).padStart(9)} ${r.max.toFixed(2).padStart(8)} ${r.first.toFixed(2).padStart(8)}`,
  );
}
await mkdir('test-results', { recursive: true });
await writeFile('test-results/bench-classify.json', JSON.stringify({ node: process.version, ...result }, null, 2));
