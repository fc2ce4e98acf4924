// One suite, two stores: SQLite (the default) and PostgreSQL (DATABASE_URL). See
// test/support/postgres.ts for where the PostgreSQL comes from.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { latestVersion } from '@/lib/events/migrations';
import { openStore, type Store, type StoreConfig } from '@/lib/events/store';
import type { CountRow } from '@/lib/events/types';

import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let folder: string;
let database: TestDatabase | undefined;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sendhelp-store-'));
  database = await createTestDatabase();
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await database?.drop();
});

let opened = 0;
/** A fresh, empty store of each kind for each test. */
async function freshConfig(kind: 'sqlite' | 'postgres'): Promise<StoreConfig> {
  opened++;
  if (kind === 'sqlite') {
    return { kind, file: join(folder, `store-${opened}`, 'events.sqlite') };
  }
  const url = database?.url ?? '';
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('DROP TABLE IF EXISTS counts, schema_migrations');
  await client.end();
  return { kind, url };
}

const row = (day: number, type: CountRow['type'], subject: string, detail: string, n: number): CountRow => ({
  day,
  type,
  subject,
  detail,
  n,
});

describe.for(['sqlite', 'postgres'] as const)('%s store', (kind) => {
  let store: Store;
  const open = async () => {
    if (kind === 'postgres' && !database) {
      return false;
    }
    store = await openStore(await freshConfig(kind));
    return true;
  };

  test('a new store is migrated to the latest version, and opening it again applies nothing twice', async ({
    skip,
  }) => {
    skip(!(await open()), 'no PostgreSQL here (see the README to run these tests)');
    expect(await store.version()).toBe(latestVersion);
    await store.add([row(100, 'vote', 'answer/use-587', 'yes', 1)]);
    await store.close();
    const config =
      kind === 'sqlite'
        ? { kind, file: join(folder, `store-${opened}`, 'events.sqlite') }
        : { kind, url: database?.url ?? '' };
    const again = await openStore(config);
    expect(await again.version()).toBe(latestVersion);
    expect(await again.totals('vote', { from: 0, to: 1000 })).toEqual([
      { subject: 'answer/use-587', detail: 'yes', n: 1 },
    ]);
    await again.close();
  });

  test('counts of the same key add up, across batches and days, within the range asked', async ({ skip }) => {
    skip(!(await open()), 'no PostgreSQL here');
    await store.add([
      row(100, 'reached', 'use-587', 'troubleshoot?sender=program', 2),
      row(101, 'reached', 'use-587', 'troubleshoot?sender=program', 1),
      row(101, 'reached', 'smart-host', 'chat?sender=relay-server', 1),
      row(101, 'vote', 'answer/use-587', 'yes', 5),
    ]);
    await store.add([
      row(101, 'reached', 'use-587', 'troubleshoot?sender=program', 4),
      row(102, 'reached', 'smart-host', 'link?', 9),
    ]);
    expect(await store.totals('reached', { from: 100, to: 101 })).toEqual([
      { subject: 'use-587', detail: 'troubleshoot?sender=program', n: 7 },
      { subject: 'smart-host', detail: 'chat?sender=relay-server', n: 1 },
    ]);
    expect(await store.totals('reached', { from: 101, to: 102 }, 1)).toEqual([
      { subject: 'smart-host', detail: 'link?', n: 9 },
    ]);
    expect(await store.totals('vote', { from: 102, to: 200 })).toEqual([]);
    await store.close();
  });

  test('ties are ordered by subject and detail, byte by byte, the same in both stores', async ({ skip }) => {
    skip(!(await open()), 'no PostgreSQL here');
    await store.add([
      row(5, 'search-miss', 'zz top', '', 2),
      row(5, 'search-miss', 'Zebra', '', 2),
      row(5, 'search-miss', 'ähnlich', '', 2),
      row(5, 'search-miss', 'abc', '', 3),
    ]);
    expect((await store.totals('search-miss', { from: 0, to: 10 })).map((t) => t.subject)).toEqual([
      'abc',
      'Zebra',
      'zz top',
      'ähnlich',
    ]);
    await store.close();
  });

  test('weekly totals start on Mondays and keep votes, chat and unknown diagnoses apart', async ({ skip }) => {
    skip(!(await open()), 'no PostgreSQL here');
    // Day 20793 is Sunday 2026-12-06; 20794 is Monday 2026-12-07.
    await store.add([
      row(20793, 'vote', 'answer/a', 'yes', 1),
      row(20794, 'vote', 'answer/a', 'yes', 2),
      row(20794, 'vote', 'article/b', 'no', 1),
      row(20795, 'diagnosis', 'unknown', 'diagnose', 3),
      row(20795, 'diagnosis', 'port25-blocked', 'api', 4),
      row(20795, 'chat', 'missed', '', 1),
      row(20795, 'reached', 'use-587', 'link?', 6),
    ]);
    expect(await store.weekly({ from: 20793, to: 20800 })).toEqual([
      { week: 2970, type: 'vote', key: 'yes', n: 1 },
      { week: 2971, type: 'chat', key: 'missed', n: 1 },
      { week: 2971, type: 'diagnosis', key: '', n: 4 },
      { week: 2971, type: 'diagnosis', key: 'unknown', n: 3 },
      { week: 2971, type: 'reached', key: '', n: 6 },
      { week: 2971, type: 'vote', key: 'no', n: 1 },
      { week: 2971, type: 'vote', key: 'yes', n: 2 },
    ]);
    await store.close();
  });

  test('pruning deletes the days before the cut and nothing after', async ({ skip }) => {
    skip(!(await open()), 'no PostgreSQL here');
    await store.add([
      row(10, 'search-miss', 'x', '', 1),
      row(11, 'search-miss', 'x', '', 1),
      row(12, 'letter', 'other', '', 1),
    ]);
    expect(await store.prune(12)).toBe(2);
    expect(await store.prune(12)).toBe(0);
    expect(await store.totals('search-miss', { from: 0, to: 100 })).toEqual([]);
    expect(await store.totals('letter', { from: 0, to: 100 })).toEqual([{ subject: 'other', detail: '', n: 1 }]);
    await store.close();
  });

  test('two instances opening a new database at once both work, and it is migrated once', async ({ skip }) => {
    skip(!(await open()), 'no PostgreSQL here');
    await store.close();
    const config = await freshConfig(kind);
    const [a, b] = await Promise.all([openStore(config), openStore(config)]);
    await Promise.all([a.add([row(1, 'letter', 'att', '', 1)]), b.add([row(1, 'letter', 'att', '', 2)])]);
    expect(await a.totals('letter', { from: 0, to: 5 })).toEqual([{ subject: 'att', detail: '', n: 3 }]);
    expect(await a.version()).toBe(latestVersion);
    await Promise.all([a.close(), b.close()]);
  });

  test('a database from a newer release is refused, not changed', async ({ skip }) => {
    skip(!(await open()), 'no PostgreSQL here');
    await store.close();
    const config: StoreConfig =
      kind === 'sqlite'
        ? { kind, file: join(folder, `store-${opened}`, 'events.sqlite') }
        : { kind, url: database?.url ?? '' };
    if (config.kind === 'sqlite') {
      const db = new Sqlite(config.file);
      db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', 'x')").run();
      db.close();
    } else {
      const client = new pg.Client({ connectionString: config.url });
      await client.connect();
      await client.query("INSERT INTO schema_migrations VALUES (99, 'future', now())");
      await client.end();
    }
    await expect(openStore(config)).rejects.toThrow(/schema version 99, newer than this code/);
  });
});

test('reading a big SQLite store leaves the server’s thread free to answer pages meanwhile', async () => {
  const file = join(folder, 'big', 'events.sqlite');
  const store = await openStore({ kind: 'sqlite', file });
  const rows: Array<CountRow> = [];
  for (let day = 0; day < 400; day++) {
    for (let i = 0; i < 250; i++) {
      rows.push(row(20000 + day, 'reached', `answer-${i % 30}`, `troubleshoot?case=${i}`, 1));
    }
  }
  await store.add(rows);
  let ticks = 0;
  const timer = setInterval(() => ticks++, 0);
  const weeks = await store.weekly({ from: 20000, to: 20400 });
  clearInterval(timer);
  expect(weeks.length).toBe(58);
  // A synchronous read would have run to the end before any timer could fire.
  expect(ticks).toBeGreaterThan(0);
  await store.close();
}, 60_000);
