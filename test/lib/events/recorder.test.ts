// The recorder against real stores that fail in real ways: a locked SQLite file, a store that
// cannot be opened, a PostgreSQL server stopped and started again.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { Recorder } from '@/lib/events/recorder';
import { openStore, type Store } from '@/lib/events/store';
import { dayOf } from '@/lib/events/types';

import { canStartCluster, startCluster } from '../../support/postgres';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sendhelp-recorder-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const now = Date.parse('2026-12-07T12:00:00Z');
const today = dayOf(now);

function setup(file: string, options: { maxPending?: number } = {}) {
  const logs: Array<Record<string, unknown>> = [];
  const writes: Array<number> = [];
  const recorder = new Recorder({
    open: async () => {
      const store = await openStore({ kind: 'sqlite', file });
      // Count the batches the store is given.
      return { ...store, add: (rows) => (writes.push(rows.length), store.add(rows)) } satisfies Store;
    },
    retentionDays: 400,
    reopenMs: 0,
    now: () => now,
    log: (entry) => logs.push(entry),
    ...options,
  });
  return { recorder, logs, writes };
}

test('events are summed in memory and written in one batch per flush', async () => {
  const file = join(folder, 'batch', 'events.sqlite');
  const { recorder, writes, logs } = setup(file);
  for (let i = 0; i < 1000; i++) {
    recorder.add({ type: 'question', subject: i % 2 ? 'sender' : 'client', detail: 'shown' });
  }
  recorder.add({ type: 'vote', subject: 'answer/use-587', detail: 'yes' });
  await recorder.flush();
  expect(writes).toEqual([3]);
  expect(recorder.written).toBe(1001);
  const store = await openStore({ kind: 'sqlite', file });
  expect(await store.totals('question', { from: today, to: today })).toEqual([
    { subject: 'client', detail: 'shown', n: 500 },
    { subject: 'sender', detail: 'shown', n: 500 },
  ]);
  await store.close();
  await recorder.close();
  expect(logs).toEqual([]);
});

test('a locked database file drops the batch, logs how many, and the next batch gets through', async () => {
  const file = join(folder, 'locked', 'events.sqlite');
  const { recorder, logs } = setup(file);
  recorder.add({ type: 'search-miss', subject: 'smtp', detail: '' });
  await recorder.flush();
  const other = new Sqlite(file);
  other.exec('BEGIN EXCLUSIVE');
  recorder.add({ type: 'search-miss', subject: 'smtp', detail: '' }, 5);
  const started = performance.now();
  await recorder.flush();
  expect(performance.now() - started).toBeLessThan(1000);
  expect(logs).toEqual([
    {
      event: 'events-dropped',
      count: 5,
      reason: expect.stringMatching(/^SQLITE_BUSY: database is locked/),
      since: expect.any(String),
    },
  ]);
  other.exec('ROLLBACK');
  other.close();
  recorder.add({ type: 'search-miss', subject: 'smtp', detail: '' }, 2);
  await recorder.flush();
  expect(recorder.written).toBe(3);
  await recorder.close();
});

test('a store that cannot be opened drops events and says why, without throwing', async () => {
  const file = join(folder, 'not-a-file');
  await mkdir(file, { recursive: true });
  const { recorder, logs } = setup(file);
  recorder.add({ type: 'letter', subject: 'att', detail: '' });
  await expect(recorder.flush()).resolves.toBeUndefined();
  expect(logs.map((l) => l.event)).toEqual(['events-store-unavailable', 'events-dropped']);
  expect(logs[1]).toMatchObject({ count: 1, reason: 'the event store is not available' });
  await recorder.close();
});

test('past the limit of distinct events between writes, more are dropped and counted', async () => {
  const { recorder, logs } = setup(join(folder, 'full', 'events.sqlite'), { maxPending: 2 });
  recorder.add({ type: 'search-miss', subject: 'a', detail: '' });
  recorder.add({ type: 'search-miss', subject: 'b', detail: '' });
  recorder.add({ type: 'search-miss', subject: 'c', detail: '' });
  recorder.add({ type: 'search-miss', subject: 'a', detail: '' });
  await recorder.flush();
  expect(recorder.written).toBe(3);
  expect(logs).toEqual([
    {
      event: 'events-dropped',
      count: 1,
      reason: 'too many distinct events between two writes',
      since: expect.any(String),
    },
  ]);
  await recorder.close();
});

test('counts older than the retention are deleted at the first write and then once a day', async () => {
  const file = join(folder, 'retention', 'events.sqlite');
  const store = await openStore({ kind: 'sqlite', file });
  await store.add([
    { day: today - 401, type: 'search-miss', subject: 'smtp', detail: '', n: 1 },
    { day: today - 400, type: 'search-miss', subject: 'smtp', detail: '', n: 2 },
  ]);
  await store.close();
  const { recorder, logs } = setup(file);
  recorder.add({ type: 'search-miss', subject: 'smtp', detail: '' });
  await recorder.flush();
  expect(logs).toEqual([{ event: 'events-pruned', rows: 1, keptDays: 400 }]);
  const after = await openStore({ kind: 'sqlite', file });
  expect(await after.totals('search-miss', { from: 0, to: today })).toEqual([{ subject: 'smtp', detail: '', n: 3 }]);
  await after.close();
  await recorder.close();
});

test('PostgreSQL stopped mid-run: events are dropped and logged quickly, and recording resumes when it is back', async ({
  skip,
}) => {
  if (!(await canStartCluster())) {
    if (process.env.CI) {
      throw new Error('CI needs PostgreSQL: .ci/run installs it (see scripts/pg-cluster.sh).');
    }
    skip('no PostgreSQL here');
  }
  const cluster = await startCluster();
  try {
    const logs: Array<Record<string, unknown>> = [];
    const recorder = new Recorder({
      open: () => openStore({ kind: 'postgres', url: cluster.url }),
      retentionDays: 400,
      reopenMs: 0,
      log: (entry) => logs.push(entry),
    });
    recorder.add({ type: 'chat', subject: 'missed', detail: '' });
    await recorder.flush();
    expect(recorder.written).toBe(1);
    await cluster.stop();
    recorder.add({ type: 'chat', subject: 'missed', detail: '' }, 4);
    const started = performance.now();
    await recorder.flush();
    await recorder.flush();
    expect(performance.now() - started).toBeLessThan(8000);
    expect(logs.find((l) => l.event === 'events-dropped')).toMatchObject({ count: 4 });
    await cluster.start();
    recorder.add({ type: 'chat', subject: 'understood', detail: '' }, 2);
    await recorder.flush();
    expect(recorder.written).toBe(3);
    await recorder.close();
  } finally {
    await cluster.destroy();
  }
}, 60_000);
