// How fast the classifier is on one core: typical texts (the 251 fixture cases) and 64 KB texts,
// adversarial ones included (the regular expressions must not backtrack catastrophically). The
// classifier is compiled and readied as the server does it (lib/diagnose/index.ts); how long that
// takes is reported beside, and each 64 KB shape's first run beside its median and slowest.
import { readFile } from 'node:fs/promises';

import { loadLibrary } from '../../lib/content/library';
import { classify, compileRules, maxTextBytes, warmUp } from '../../lib/diagnose/classify';

export type ClassifierBench = {
  /** Milliseconds to compile the rules and ready the classifier, once per process. */
  readyMs: number;
  typical: { texts: number; perSecond: number; meanMicros: number };
  big: Array<{ name: string; median: number; max: number; first: number }>;
};

export async function benchClassifier(seconds = 3): Promise<ClassifierBench> {
  const rules = (await loadLibrary()).diagnose;
  const ready = process.hrtime.bigint();
  const classifier = warmUp(compileRules(rules));
  const readyMs = Number(process.hrtime.bigint() - ready) / 1e6;
  const cases = JSON.parse(await readFile('test/fixtures/diagnose/cases.json', 'utf8')) as Array<{ text: string }>;
  const typical = cases.map((c) => c.text);

  for (const t of typical) {
    classify(t, classifier); // warm up
  }
  let runs = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(seconds * 1e9);
  while (process.hrtime.bigint() - start < budget) {
    for (const t of typical) {
      classify(t, classifier);
    }
    runs += typical.length;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;

  const timings = (text: string, times: number) => {
    const ms: Array<number> = [];
    for (let i = 0; i < times; i++) {
      const t0 = process.hrtime.bigint();
      classify(text, classifier);
      ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const first = ms[0] ?? 0;
    ms.sort((a, b) => a - b);
    return { median: ms[Math.floor(ms.length / 2)] ?? 0, max: ms.at(-1) ?? 0, first };
  };
  const fill = (piece: string) => piece.repeat(Math.ceil(maxTextBytes / piece.length)).slice(0, maxTextBytes);
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const big: Array<[string, string]> = [
    ['real log lines, 64 KB', fill(`${typical.join('\n')}\n`)],
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
  return {
    readyMs,
    typical: { texts: typical.length, perSecond: runs / elapsed, meanMicros: (elapsed / runs) * 1e6 },
    big: big.map(([name, text]) => ({ name, ...timings(text, 15) })),
  };
}
