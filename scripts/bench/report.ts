// The benchmark's table, its verdicts against the targets, and its JSON.
import { mkdir, writeFile } from 'node:fs/promises';

import type { ClassifierBench } from './classify';
import type { ScriptBytes } from './first-load';
import type { LighthouseResult } from './lighthouse';
import type { LoadResult } from './load';
import { budgets, lighthouseCategories, lighthouseFloors, type PageName } from './pages';
import type { ScalePoint } from './scale';

export type BenchResult = {
  date: string;
  machine: { cpus: number; cpu: string; memoryGiB: number; node: string };
  seconds: number;
  ceiling: LoadResult;
  load: Array<LoadResult>;
  memory: { peak: number; last: number; hwm: number };
  baseline: ScriptBytes;
  js: Array<ScriptBytes & { name: PageName; path: string }>;
  lighthouse: Array<LighthouseResult & { name: PageName; path: string; runs: number }>;
  /** The bare Next.js page, measured the same way: the performance floor is relative to it. */
  bareLighthouse: LighthouseResult & { runs: number };
  classifier: ClassifierBench;
  scale: Array<ScalePoint>;
};

export const targets = {
  /** Troubleshooter step and answer page, against the prerendered article page in the same run. */
  cachedPageRatio: 0.8,
  classifierPerSecond: 20_000,
  classifierBigMs: 20,
  memoryMiB: 300,
  /** Per-article build time and index bytes at the largest content set, at most this much above the middle one's. */
  linearSlack: 1.25,
};

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mib = (bytes: number) => bytes / 2 ** 20;
const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');

function table(head: Array<string>, rows: Array<Array<string | number>>): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: Array<string>) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}

export function render(r: BenchResult): string {
  const article = r.load.find((l) => l.name === 'article page');
  const articleRate = article?.requestsPerSecond ?? Number.NaN;
  const load = table(
    ['target', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'KB/resp', 'vs ceiling', 'vs article'],
    [r.ceiling, ...r.load].map((l) => {
      const vsArticle = l.requestsPerSecond / articleRate;
      const checked = l.name === 'troubleshooter step' || l.name === 'answer page';
      return [
        l.name,
        Math.round(l.requestsPerSecond),
        l.p50,
        l.p99,
        l.errors,
        l.non2xx,
        kb(l.bytes),
        `${(l.requestsPerSecond / r.ceiling.requestsPerSecond).toFixed(2)}×`,
        checked ? `${vsArticle.toFixed(2)}× ${mark(vsArticle >= targets.cachedPageRatio)}` : '',
      ];
    }),
  );
  const js = table(
    ['page', 'scripts', 'gzip KB', 'raw KB', 'over Next.js baseline', 'budget'],
    [
      ['bare Next.js page', r.baseline.scripts, kb(r.baseline.gzip), kb(r.baseline.raw), '', ''],
      ...r.js.map((p) => {
        const over = (p.gzip - r.baseline.gzip) / 1024;
        const budget = budgets.jsOverBaselineKb[p.name];
        return [
          `${p.name} (${p.path})`,
          p.scripts,
          kb(p.gzip),
          kb(p.raw),
          `${over.toFixed(1)} KB`,
          `≤ ${budget} KB ${mark(over <= budget)}`,
        ];
      }),
    ],
  );
  const lh = table(
    ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'budget'],
    r.lighthouse.map((p) => {
      const floors = lighthouseFloors(r.bareLighthouse.scores.performance);
      const ok = lighthouseCategories.every((c) => p.scores[c] >= floors[c]);
      return [
        p.name,
        p.scores.performance,
        p.scores.accessibility,
        p.scores['best-practices'],
        p.scores.seo,
        Math.round(p.metrics.fcp),
        Math.round(p.metrics.lcp),
        Math.round(p.metrics.tbt),
        p.metrics.cls.toFixed(3),
        mark(ok),
      ];
    }),
  );
  const worstBig = Math.max(...r.classifier.big.map((b) => b.max));
  // Linear: the content-dependent build time and the index bytes per article do not grow with the
  // number of articles (the largest set against the middle one).
  const perArticle = (p: ScalePoint) => p.contentSeconds / p.articles;
  const [middle, largest] = [r.scale.at(-2), r.scale.at(-1)];
  const linear =
    r.scale.length < 3 ||
    !middle ||
    !largest ||
    (perArticle(largest) <= perArticle(middle) * targets.linearSlack &&
      largest.indexBytes / largest.articles <= (middle.indexBytes / middle.articles) * targets.linearSlack);
  const scale = table(
    [
      'articles',
      'ISPs',
      'HTML pages',
      'build s',
      'content s',
      'content ms per article',
      'index KB',
      'index gzip KB',
      'index bytes per article',
    ],
    r.scale.map((p) => [
      p.articles,
      p.isps,
      p.pages,
      p.buildSeconds.toFixed(1),
      p.contentSeconds.toFixed(1),
      (perArticle(p) * 1000).toFixed(0),
      kb(p.indexBytes),
      kb(p.indexGzipBytes),
      Math.round(p.indexBytes / p.articles),
    ]),
  );
  return [
    `sendhelp bench, ${r.date}: ${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memoryGiB.toFixed(0)} GiB, Node.js ${r.machine.node}`,
    '',
    `Load: ${r.seconds} s per target after a 2 s warm-up, 50 connections (autocannon, same machine), no compression.`,
    load,
    '',
    `Server memory during the load runs: peak ${mib(r.memory.peak).toFixed(0)} MiB resident (high-water mark ${mib(r.memory.hwm).toFixed(0)} MiB), ${mib(r.memory.last).toFixed(0)} MiB at the end; target < ${targets.memoryMiB} MiB ${mark(mib(r.memory.hwm) < targets.memoryMiB)}`,
    '',
    'First-load JavaScript:',
    js,
    '',
    `Lighthouse 12, mobile preset, median of ${r.lighthouse[0]?.runs ?? 0} runs; the bare Next.js page: performance ${r.bareLighthouse.scores.performance}, FCP ${Math.round(r.bareLighthouse.metrics.fcp)} ms, LCP ${Math.round(r.bareLighthouse.metrics.lcp)} ms, TBT ${Math.round(r.bareLighthouse.metrics.tbt)} ms (a page may score ${budgets.lighthouse.performanceBelowBareNext} below it):`,
    lh,
    '',
    `Classifier, one core: ${Math.round(r.classifier.typical.perSecond).toLocaleString('en')} typical texts/s (${r.classifier.typical.meanMicros.toFixed(1)} µs each) ${mark(r.classifier.typical.perSecond >= targets.classifierPerSecond)}; slowest 64 KB text ${worstBig.toFixed(1)} ms (of ${r.classifier.big.length} shapes) ${mark(worstBig < targets.classifierBigMs)}`,
    '',
    `Build and search index as content grows (content s: Next.js collecting page data and generating pages): ${linear ? 'no faster than linear ok' : 'FASTER THAN LINEAR: MISSED'}`,
    scale,
  ].join('\n');
}

export async function report(r: BenchResult): Promise<void> {
  const text = render(r);
  console.log(`\n${text}`);
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/bench.json', JSON.stringify(r, null, 2));
  await writeFile('test-results/bench.md', `${text}\n`);
  console.log('\nWrote test-results/bench.json and test-results/bench.md');
}
