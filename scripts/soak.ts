// npm run soak: 60 s at 100 concurrent connections across the main routes, against the build in
// .next served as `npm start` serves it. Passes with no errors and no 5xx, and resident memory
// within bounds: it may settle during the first 10 s, then grow by at most `maxGrowthMiB`, and never
// pass `maxResidentMiB`. Options: --seconds N.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';

import { loadLibrary } from '../lib/content/library';
import { factValues } from '../lib/vocabulary/facts';
import { sampleMemory } from './bench/load';
import { startSite } from './lib/site-server';

const maxGrowthMiB = 48;
const maxResidentMiB = 300;
const { values: args } = parseArgs({ options: { seconds: { type: 'string', default: '60' } } });
const seconds = Number(args.seconds);

const library = await loadLibrary();
const isps = library.isps.map((i) => i.slug);
const pages = [
  '/',
  '/articles',
  ...library.articles.slice(0, 8).map((a) => `/articles/${a.slug}`),
  '/troubleshoot',
  '/troubleshoot?sender=program&client=thunderbird',
  '/troubleshoot?sender=direct-server&symptom=queue-deferred',
  '/answers/use-587?sender=program&client=outlook-classic&isp=comcast-xfinity',
  '/answers/exception-letter?sender=direct-server&isp=lime-st-lucia&connection=dsl',
  '/chat?sender=program',
  '/request',
  '/request?isp=comcast-xfinity&connection=business-static',
  '/search?q=port+587',
  '/isps',
  '/isps/comcast-xfinity',
  '/diagnose',
  '/api/v1/troubleshoot?sender=program&client=thunderbird',
  '/api/v1/isps?country=GB',
  '/sitemap.xml',
];
// A new troubleshooter state every so often, so the page cache fills and turns over.
const fresh = factValues.client.flatMap((client) =>
  isps.flatMap((isp) =>
    factValues.symptom.map((s) => `/troubleshoot?sender=program&client=${client}&isp=${isp}&symptom=${s}`),
  ),
);
const classify = JSON.stringify({ text: '421 4.4.2 Connection timed out while talking to smtp.example.net port 25' });
let n = 0;
function next(request: autocannon.Request): autocannon.Request {
  n++;
  if (n % 10 === 0) {
    return {
      ...request,
      method: 'POST',
      path: '/api/v1/classify',
      body: classify,
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, br' },
    };
  }
  const path = n % 7 === 0 ? (fresh[n % fresh.length] ?? '/') : (pages[n % pages.length] ?? '/');
  return { ...request, method: 'GET', path, headers: { 'accept-encoding': 'gzip, br' } };
}

const site = await startSite({ env: { RATE_LIMIT: 'off' } });
const memory = sampleMemory(site.pid, 250);
let settled = 0;
const settle = setTimeout(() => {
  settled = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${site.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
}, 10_000);
console.log(`Soak: ${seconds} s, 100 connections, ${pages.length} routes plus new troubleshooter states ...`);
const result = await autocannon({
  url: site.baseUrl,
  connections: 100,
  duration: seconds,
  requests: [{ setupRequest: next }],
});
clearTimeout(settle);
const rss = memory.stop();
await site.stop();

const mib = (b: number) => b / 2 ** 20;
const growth = mib(rss.last - settled);
const problems = [
  ...(result.errors > 0 ? [`${result.errors} connection errors (${result.timeouts} timeouts)`] : []),
  ...(result['5xx'] > 0 ? [`${result['5xx']} responses 5xx`] : []),
  ...(result.non2xx - result['3xx'] > 0 ? [`${result.non2xx - result['3xx']} responses neither 2xx nor 3xx`] : []),
  ...(growth > maxGrowthMiB
    ? [`memory grew ${growth.toFixed(0)} MiB after the first 10 s (limit ${maxGrowthMiB})`]
    : []),
  ...(mib(rss.hwm) > maxResidentMiB
    ? [`memory peaked at ${mib(rss.hwm).toFixed(0)} MiB (limit ${maxResidentMiB})`]
    : []),
];
console.log(
  [
    `requests: ${result.requests.total} (${Math.round(result.requests.average)}/s), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    `responses: 2xx ${result['2xx']}, 3xx ${result['3xx']}, 4xx ${result['4xx']}, 5xx ${result['5xx']}; connection errors ${result.errors}, timeouts ${result.timeouts}`,
    `memory: ${mib(settled).toFixed(0)} MiB after 10 s, ${mib(rss.last).toFixed(0)} MiB at the end (grew ${growth.toFixed(0)} MiB; limit ${maxGrowthMiB}), peak ${mib(rss.hwm).toFixed(0)} MiB (limit ${maxResidentMiB})`,
    problems.length === 0 ? 'PASSED' : `FAILED: ${problems.join('; ')}`,
  ].join('\n'),
);
process.exitCode = problems.length === 0 ? 0 : 1;
