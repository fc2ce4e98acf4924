// npm run bench: builds the site from scratch, serves it, and measures it in one run: throughput
// and latency beside a static-file ceiling, first-load JavaScript, Lighthouse, the classifier,
// the server's memory, and build time and search-index size as content grows. Prints a table and
// writes test-results/bench.json. Options: --seconds N (per load run, default 10),
// --lighthouse-runs N (default 3), --no-scale (skip the generated content sets).
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';

import { loadLibrary } from '../../lib/content/library';
import { factValues } from '../../lib/vocabulary/facts';
import { freePort, startSite } from '../lib/site-server';
import { benchClassifier } from './classify';
import { firstLoadJs, nextBaseline, serveBaseline } from './first-load';
import { lighthouse } from './lighthouse';
import { measureLoad, sampleMemory, type LoadTarget } from './load';
import { pages } from './pages';
import { report, type BenchResult } from './report';
import { buildAndMeasure, scalePoint } from './scale';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'no-scale': { type: 'boolean', default: false },
  },
});
const seconds = Number(args.seconds);
const lighthouseRuns = Number(args['lighthouse-runs']);

const articlePath = '/articles/smtp-ports-explained';
const typicalError =
  "Your message could not be sent. The connection to the server was interrupted. If this problem continues, contact your server administrator or Internet service provider (ISP). Subject 'Invoice', Server: 'smtp.example.net', Protocol: SMTP, Port: 25, Secure(SSL): No, Error Number: 0x800CCC0F";

console.log('Building from scratch ...');
const shipped = await buildAndMeasure({
  distDir: '.next',
  articles: (await readdir('content/articles')).filter((f) => f.endsWith('.md')).length,
  isps: (await readdir('content/isps')).filter((f) => f.endsWith('.yaml')).length,
});

// States for first renders: every combination of mail program, ISP and symptom, one per request.
const ispSlugs = (await loadLibrary()).isps.map((i) => i.slug);
const uniqueStates = factValues.client.flatMap((client) =>
  ispSlugs.flatMap((isp) =>
    factValues.symptom.map((symptom) => `/troubleshoot?sender=program&client=${client}&isp=${isp}&symptom=${symptom}`),
  ),
);
let nextState = 0;

const targets: Array<LoadTarget> = [
  { name: 'article page', path: articlePath },
  { name: 'troubleshooter step', path: '/troubleshoot?sender=program&client=thunderbird' },
  { name: 'answer page', path: '/answers/use-587?sender=program&client=thunderbird&isp=comcast-xfinity' },
  { name: 'GET /api/v1/troubleshoot', path: '/api/v1/troubleshoot?sender=program&client=thunderbird' },
  {
    name: 'POST /api/v1/classify',
    path: '/api/v1/classify',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: typicalError }),
  },
  {
    name: 'troubleshooter, first renders',
    path: '/troubleshoot?sender=program',
    paths: () => uniqueStates[nextState++ % uniqueStates.length] ?? '/troubleshoot',
  },
];

// One client sending thousands of requests a second: without rate limiting, as behind a CDN.
const site = await startSite({ env: { RATE_LIMIT: 'off' } });
const ceilingPort = await freePort();
const ceiling = spawn(
  process.execPath,
  ['scripts/bench/static-server.mjs', `.next/server/app${articlePath}.html`, String(ceilingPort)],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
await new Promise<void>((resolve) => ceiling.stdout.once('data', () => resolve()));
let result: BenchResult;
try {
  console.log(`Load: ${seconds} s per target, 50 connections ...`);
  const ceilingResult = await measureLoad(
    `http://127.0.0.1:${ceilingPort}`,
    { name: 'ceiling: static HTML', path: articlePath },
    seconds,
  );
  const memory = sampleMemory(site.pid);
  const load = [];
  for (const target of targets) {
    load.push(await measureLoad(site.baseUrl, target, seconds));
  }
  const rss = memory.stop();

  console.log('First-load JavaScript ...');
  const baseline = await nextBaseline();
  const js = [];
  for (const page of pages) {
    js.push({ ...page, ...(await firstLoadJs(site.baseUrl, page.path)) });
  }

  console.log(`Lighthouse, ${lighthouseRuns} runs per page and for the bare Next.js page ...`);
  const bare = await serveBaseline();
  const bareLighthouse = await lighthouse(bare.url, lighthouseRuns).finally(() => bare.stop());
  const lh = [];
  for (const page of pages) {
    lh.push({ ...page, ...(await lighthouse(new URL(page.path, site.baseUrl).toString(), lighthouseRuns)) });
  }

  console.log('Classifier ...');
  const classifier = await benchClassifier();

  const scale = [shipped];
  if (!args['no-scale']) {
    for (const [articles, isps] of [
      [250, 100],
      [1000, 200],
    ] as const) {
      console.log(`Building ${articles} articles and ${isps} ISPs ...`);
      scale.push(await scalePoint(articles, isps));
    }
  }
  result = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGiB: totalmem() / 2 ** 30,
      node: process.version,
    },
    seconds,
    ceiling: ceilingResult,
    load,
    memory: rss,
    baseline,
    js,
    lighthouse: lh,
    bareLighthouse,
    classifier,
    scale,
  };
} finally {
  ceiling.kill('SIGTERM');
  await site.stop();
}
await report(result);
