// npm run bench:insights: the event store with a million events, and the insights page reading
// them. Fills a fresh store (SQLite in a temporary folder, or PostgreSQL with --database-url) with
// synthetic events spread over the last 365 days, through the same recorder the site uses, then
// reports the store's size per million events and the time /insights takes to render over 28 and
// 365 days. Options: --events N (default 1000000), --database-url URL, --data-dir DIR (keeps it).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import Sqlite from 'better-sqlite3';
import pg from 'pg';

import { loadLibrary } from '../../lib/content/library';
import { Recorder } from '../../lib/events/recorder';
import { openStore, type StoreConfig } from '../../lib/events/store';
import { dayOf, isoDay } from '../../lib/events/types';
import { passwordHash } from '../../lib/insights/password';
import { createSession, sessionCookie, sessionKey } from '../../lib/insights/session';
import { startSite } from '../lib/site-server';
import { random, syntheticEvents } from '../lib/synthetic-events';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
  },
});
const total = Number(args.events);
const dataDir = args['data-dir'] ?? mkdtempSync(join(tmpdir(), 'sendhelp-bench-events-'));
const config: StoreConfig = args['database-url']
  ? { kind: 'postgres', url: args['database-url'] }
  : { kind: 'sqlite', file: join(dataDir, 'events.sqlite') };

const now = Date.now();
const today = dayOf(now);
const dayPick = random(365);
let clock = now;
const recorder = new Recorder({
  open: () => openStore(config),
  retentionDays: 400,
  now: () => clock,
  log: (entry) => console.log(JSON.stringify(entry)),
});
const next = syntheticEvents(await loadLibrary());
console.log(`Filling a ${config.kind} store with ${total.toLocaleString('en')} events over 365 days ...`);
const fillStarted = performance.now();
for (let i = 0; i < total; i++) {
  clock = (today - Math.floor(dayPick() * 365)) * 86_400_000 + 43_200_000;
  recorder.add(next());
  if (i % 10_000 === 9999) {
    await recorder.flush();
  }
}
await recorder.close();
const fillSeconds = (performance.now() - fillStarted) / 1000;

let rows = 0;
let bytes = 0;
if (config.kind === 'sqlite') {
  const db = new Sqlite(config.file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  rows = (db.prepare('SELECT COUNT(*) AS n FROM counts').get() as { n: number }).n;
  db.close();
  bytes = statSync(config.file).size;
} else {
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  await client.query('VACUUM ANALYZE counts');
  rows = Number((await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM counts')).rows[0]?.n);
  bytes = Number((await client.query<{ b: string }>("SELECT pg_total_relation_size('counts') AS b")).rows[0]?.b);
  await client.end();
}
const perMillion = (bytes / total) * 1e6;
console.log(
  `Filled in ${fillSeconds.toFixed(1)} s (${Math.round(total / fillSeconds).toLocaleString('en')} events/s): ${rows.toLocaleString('en')} rows, ${(bytes / 2 ** 20).toFixed(1)} MiB, ${(perMillion / 2 ** 20).toFixed(1)} MiB per million events`,
);

const password = 'bench-insights-password';
const site = await startSite({
  env: {
    RATE_LIMIT: 'off',
    INSIGHTS_PASSWORD: password,
    ...(config.kind === 'sqlite' ? { DATA_DIR: dataDir } : { DATABASE_URL: config.url }),
  },
});
const cookie = `${sessionCookie}=${createSession(sessionKey((await passwordHash(password)).hash), Date.now()).value}`;
const timings: Array<{ range: string; medianMs: number; maxMs: number; kb: number }> = [];
for (const days of [28, 365]) {
  const path = `/insights?from=${isoDay(today - days + 1)}&to=${isoDay(today)}`;
  const times: Array<number> = [];
  let size = 0;
  for (let i = 0; i < 6; i++) {
    const started = performance.now();
    const res = await fetch(`${site.baseUrl}${path}`, { headers: { cookie, 'accept-encoding': 'identity' } });
    const body = await res.text();
    if (res.status !== 200 || !body.includes('Answers: reached, and helpful')) {
      throw new Error(`GET ${path} answered ${res.status}:\n${body.slice(0, 500)}`);
    }
    size = body.length;
    // The first is a warm-up (the JIT, the content, the store's pages).
    if (i > 0) {
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  timings.push({
    range: `${days} days`,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    maxMs: times.at(-1) ?? 0,
    kb: size / 1024,
  });
}
await site.stop();
if (!args['data-dir']) {
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`\n/insights with ${total.toLocaleString('en')} events (${config.kind}), 5 runs after a warm-up:`);
console.log('| range    | median ms | max ms | page KB |\n| -------- | --------- | ------ | ------- |');
for (const t of timings) {
  console.log(
    `| ${t.range.padEnd(8)} | ${t.medianMs.toFixed(0).padStart(9)} | ${t.maxMs.toFixed(0).padStart(6)} | ${t.kb.toFixed(0).padStart(7)} |`,
  );
}
