// Lighthouse 12 with its default (mobile) preset, on Debian's Chromium, one fresh browser per run.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { lighthouseCategories as categories, type LighthouseCategory } from './pages';

export type LighthouseResult = {
  scores: Record<LighthouseCategory, number>;
  /** Milliseconds, except CLS. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  /** Failed audits of the categories below the floors the run was given, to say why. */
  failing: Array<string>;
};

export type Floors = Record<LighthouseCategory, number>;
/** No floor: every run is within it (a measurement, not a check). */
const noFloors: Floors = { performance: 0, accessibility: 0, 'best-practices': 0, seo: 0 };

const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
].join(' ');

type Report = {
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { score: number | null; numericValue?: number; title: string }>;
};

/**
 * Lighthouse's own "Runtime error encountered" (NO_NAVSTART, NO_FCP, PROTOCOL_TIMEOUT...) means it
 * could not record this load, on a busy machine now and then: not a verdict on the page. Such a run
 * is tried again, twice at most; any other failure is thrown at once.
 */
async function runOnce(url: string, floors: Floors): Promise<LighthouseResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measure(url, floors);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= 3 || !message.includes('Runtime error encountered')) {
        throw error;
      }
      console.warn(
        `Lighthouse could not record ${url} (attempt ${attempt}); trying again: ${message.trim().split('\n').at(-1) ?? ''}`,
      );
    }
  }
}

async function measure(url: string, floors: Floors): Promise<LighthouseResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      join(process.cwd(), 'node_modules/lighthouse/cli/index.js'),
      url,
      '--quiet',
      '--output=json',
      '--output-path=stdout',
      `--only-categories=${categories.join(',')}`,
      `--chrome-flags=${chromeFlags}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const report = JSON.parse(stdout) as Report;
  const scores = Object.fromEntries(
    categories.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]),
  ) as Record<LighthouseCategory, number>;
  const value = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const failing = categories
    .filter((c) => scores[c] < floors[c])
    .flatMap((c) =>
      (report.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}: ${report.audits[ref.id]?.title ?? ref.id}`),
    );
  return {
    scores,
    metrics: {
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      si: value('speed-index'),
    },
    failing,
  };
}

export const withinFloors = (r: LighthouseResult, floors: Floors) => categories.every((c) => r.scores[c] >= floors[c]);

function median(results: ReadonlyArray<LighthouseResult>): LighthouseResult {
  const sorted = [...results].sort((a, b) => a.scores.performance - b.scores.performance);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) {
    throw new Error('no Lighthouse runs');
  }
  return middle;
}

/** A measurement: the median of `runs` runs, by performance score. */
export async function lighthouse(url: string, runs: number): Promise<LighthouseResult & { runs: number }> {
  const results: Array<LighthouseResult> = [];
  for (let i = 0; i < runs; i++) {
    results.push(await runOnce(url, noFloors));
  }
  return { ...median(results), runs };
}

/** A check: one run, and if it misses the floors, the median of three (Lighthouse varies run to run). */
export async function lighthouseCheck(url: string, floors: Floors): Promise<LighthouseResult & { runs: number }> {
  const first = await runOnce(url, floors);
  if (withinFloors(first, floors)) {
    return { ...first, runs: 1 };
  }
  return { ...median([first, await runOnce(url, floors), await runOnce(url, floors)]), runs: 3 };
}
