// The performance budgets (npm run bench:check): bytes, and Lighthouse scores beside a bare Next.js
// page measured on the same machine in the same run (its CPU-bound numbers are the machine's, not
// the page's alone). Throughput is measured by `npm run bench`, not checked here: it is too noisy.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

import { firstLoadJs, nextBaseline, serveBaseline, type ScriptBytes } from '../../scripts/bench/first-load';
import { lighthouse, lighthouseCheck, type Floors } from '../../scripts/bench/lighthouse';
import { budgets, lighthouseFloors, pages } from '../../scripts/bench/pages';

const baseUrl = inject('baseUrl');
let baseline: ScriptBytes;
let floors: Floors;
let bareScores = '';
let stopBare = async () => {};

beforeAll(async () => {
  baseline = await nextBaseline();
  const bare = await serveBaseline();
  stopBare = bare.stop;
  await fetch(bare.url);
  const measured = await lighthouse(bare.url, 3);
  bareScores = `bare Next.js page: performance ${measured.scores.performance}, TBT ${Math.round(measured.metrics.tbt)} ms, median of 3`;
  floors = lighthouseFloors(measured.scores.performance);
}, 240_000);

afterAll(() => stopBare());

test.for(pages)(
  '$name ($path) loads at most its budget of JavaScript above a bare Next.js page',
  async ({ name, path }) => {
    const bytes = await firstLoadJs(baseUrl, path);
    const overKb = (bytes.gzip - baseline.gzip) / 1024;
    expect(
      overKb,
      `${path}: ${overKb.toFixed(1)} KB gzip over Next.js's own ${(baseline.gzip / 1024).toFixed(1)} KB`,
    ).toBeLessThanOrEqual(budgets.jsOverBaselineKb[name]);
  },
);

test.for(pages)('$name ($path) meets the Lighthouse budget on a phone', async ({ path }) => {
  const url = new URL(path, baseUrl).toString();
  await fetch(url); // a running site has served each page before
  const result = await lighthouseCheck(url, floors);
  const seen = `${path}: ${JSON.stringify(result.scores)}, TBT ${Math.round(result.metrics.tbt)} ms, median of ${result.runs}; ${bareScores}`;
  expect({ scores: result.scores, failing: result.failing }, seen).toEqual({
    scores: {
      performance: expect.toSatisfy((s: number) => s >= floors.performance),
      accessibility: floors.accessibility,
      'best-practices': floors['best-practices'],
      seo: floors.seo,
    },
    failing: [],
  });
});
