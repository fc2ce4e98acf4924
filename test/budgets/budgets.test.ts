// The performance budgets (npm run bench:check): bytes and Lighthouse scores, which hold the same
// on any machine. Throughput is measured by `npm run bench`, not checked here: it is too noisy.
import { beforeAll, expect, inject, test } from 'vitest';

import { firstLoadJs, nextBaseline, type ScriptBytes } from '../../scripts/bench/first-load';
import { lighthouseCheck } from '../../scripts/bench/lighthouse';
import { budgets, pages } from '../../scripts/bench/pages';

const baseUrl = inject('baseUrl');
let baseline: ScriptBytes;

beforeAll(async () => {
  baseline = await nextBaseline();
}, 120_000);

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
  const result = await lighthouseCheck(url);
  expect({ scores: result.scores, failing: result.failing }).toEqual({
    scores: {
      performance: expect.toSatisfy((s: number) => s >= budgets.lighthouse.performance),
      accessibility: budgets.lighthouse.accessibility,
      'best-practices': budgets.lighthouse['best-practices'],
      seo: budgets.lighthouse.seo,
    },
    failing: [],
  });
});
