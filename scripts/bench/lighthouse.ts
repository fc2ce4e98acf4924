// Lighthouse 12 with its default (mobile) preset, on Debian's Chromium, one fresh browser per run.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { budgets, lighthouseCategories as categories, type LighthouseCategory } from './pages';

/** The largest contentful paint's element and Lighthouse's split of its time, in milliseconds. */
export type LcpBreakdown = { element: string; ttfb: number; loadDelay: number; loadTime: number; renderDelay: number };

export type LighthouseResult = {
  scores: Record<LighthouseCategory, number>;
  /** Milliseconds, except CLS. Simulated (slow 4G, 4× slower CPU) from the observed load. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  /** The unthrottled load Lighthouse observed and simulated from, in milliseconds. */
  observed: { fcp: number; lcp: number };
  lcp: LcpBreakdown;
  /** Failed audits of the categories below the floors the run was given, to say why. */
  failing: Array<string>;
};

export type Floors = Record<LighthouseCategory, number>;
/** No floor: every score is within it (a measurement, not a check). */
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
  audits: Record<string, { score: number | null; numericValue?: number; title: string; details?: unknown }>;
};

type Details = { items?: Array<Record<string, unknown> & { items?: Array<Record<string, unknown>> }> };

/** The element and phases of the `largest-contentful-paint-element` audit (phase names as Lighthouse 12 gives them). */
function lcpBreakdown(report: Report): LcpBreakdown {
  const [element, phases] =
    (report.audits['largest-contentful-paint-element']?.details as Details | undefined)?.items ?? [];
  const node = element?.items?.[0]?.node as { selector?: string; snippet?: string } | undefined;
  const phase = (name: string) => {
    const row = phases?.items?.find((p) => p.phase === name);
    return typeof row?.timing === 'number' ? row.timing : Number.NaN;
  };
  return {
    element: node?.selector ?? node?.snippet ?? 'none',
    ttfb: phase('TTFB'),
    loadDelay: phase('Load Delay'),
    loadTime: phase('Load Time'),
    renderDelay: phase('Render Delay'),
  };
}

function observedPaints(report: Report): { fcp: number; lcp: number } {
  const metrics = (report.audits.metrics?.details as Details | undefined)?.items?.[0];
  const ms = (key: string) => (typeof metrics?.[key] === 'number' ? metrics[key] : Number.NaN);
  return { fcp: ms('observedFirstContentfulPaint'), lcp: ms('observedLargestContentfulPaint') };
}

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
    observed: observedPaints(report),
    lcp: lcpBreakdown(report),
    failing,
  };
}

/**
 * How a result misses its floors (scores) and the paint budget (scripts/bench/pages.ts), one line
 * each; none when it meets them.
 */
export function budgetMisses(r: LighthouseResult, floors: Floors): Array<string> {
  const misses = categories.filter((c) => !(r.scores[c] >= floors[c])).map((c) => `${c} ${r.scores[c]} < ${floors[c]}`);
  const late = r.observed.lcp - r.observed.fcp;
  if (!(late <= budgets.lcpAfterFirstPaintMs)) {
    misses.push(
      `the largest paint (${r.lcp.element}) came ${Math.round(late)} ms after the first paint in the observed load > ${budgets.lcpAfterFirstPaintMs} ms`,
    );
  }
  return misses;
}

/** The middle of the results by one value (the upper middle of an even count). */
function middleBy(results: ReadonlyArray<LighthouseResult>, value: (r: LighthouseResult) => number): LighthouseResult {
  const middle = [...results].sort((a, b) => value(a) - value(b))[Math.floor(results.length / 2)];
  if (!middle) {
    throw new Error('no Lighthouse runs');
  }
  return middle;
}

/**
 * The median of each score and metric on its own (one slow run does not decide them all); the LCP
 * element and breakdown of the run with the median LCP, the observed paints of the run with the
 * median distance between them, the failing audits of the run with the median performance.
 */
function median(results: ReadonlyArray<LighthouseResult>): LighthouseResult {
  const of = (value: (r: LighthouseResult) => number) => value(middleBy(results, value));
  const observed = middleBy(results, (r) => r.observed.lcp - r.observed.fcp).observed;
  return {
    scores: Object.fromEntries(categories.map((c) => [c, of((r) => r.scores[c])])) as Record<
      LighthouseCategory,
      number
    >,
    metrics: {
      fcp: of((r) => r.metrics.fcp),
      lcp: of((r) => r.metrics.lcp),
      tbt: of((r) => r.metrics.tbt),
      cls: of((r) => r.metrics.cls),
      si: of((r) => r.metrics.si),
    },
    observed,
    lcp: middleBy(results, (r) => r.metrics.lcp).lcp,
    failing: middleBy(results, (r) => r.scores.performance).failing,
  };
}

/** A measurement: the median of `runs` runs (each score and metric on its own). */
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
  if (budgetMisses(first, floors).length === 0) {
    return { ...first, runs: 1 };
  }
  return { ...median([first, await runOnce(url, floors), await runOnce(url, floors)]), runs: 3 };
}
