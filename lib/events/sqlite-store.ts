// The embedded store: one SQLite file, in WAL mode so reading the insights never blocks writing.
// better-sqlite3 is synchronous: writes on the server's thread are kept short (a few hundred summed
// rows at a time, and a locked file fails at once, busy_timeout 0), and the long reads of the
// insights page run in a worker thread (sqlite-reader.ts).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

import type Database from 'better-sqlite3';

import { migrationsTable, pendingMigrations } from './migrations';
import { SqliteReader } from './sqlite-reader';
import { weekKeySql, type Store, type Total, type WeekTotal } from './store';
import type { CountRow, DayRange, EventType } from './types';

export async function openSqliteStore(file: string): Promise<Store> {
  const { default: Sqlite } = await import('better-sqlite3');
  mkdirSync(dirname(file), { recursive: true });
  const db: Database.Database = new Sqlite(file, { timeout: 0 });
  try {
    db.pragma('journal_mode = WAL');
    // Durable at each checkpoint rather than each commit: a crash may lose the last second of counts.
    db.pragma('synchronous = NORMAL');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const upsert = db.prepare(
    'INSERT INTO counts (type, day, subject, detail, n) VALUES (?, ?, ?, ?, ?) ON CONFLICT (type, day, subject, detail) DO UPDATE SET n = n + excluded.n',
  );
  const addAll = db.transaction((rows: ReadonlyArray<CountRow>) => {
    for (const r of rows) {
      upsert.run(r.type, r.day, r.subject, r.detail, r.n);
    }
  });
  const reader = new SqliteReader(file);
  const prune = db.prepare<[number]>('DELETE FROM counts WHERE day < ?');
  return {
    dialect: 'sqlite',
    add: (rows) => Promise.resolve(addAll(rows)),
    totals: (type: EventType, range: DayRange, limit = -1) =>
      reader.all<Total>(
        'SELECT subject, detail, SUM(n) AS n FROM counts WHERE type = ? AND day BETWEEN ? AND ? GROUP BY subject, detail ORDER BY n DESC, subject, detail LIMIT ?',
        [type, range.from, range.to, limit],
      ),
    weekly: (range: DayRange) =>
      reader.all<WeekTotal>(
        `SELECT (day + 3) / 7 AS week, type, ${weekKeySql} AS key, SUM(n) AS n FROM counts WHERE day BETWEEN ? AND ? GROUP BY week, type, key ORDER BY week, type, key`,
        [range.from, range.to],
      ),
    prune: (day: number) => Promise.resolve(prune.run(day).changes),
    version: () => Promise.resolve(currentVersion(db)),
    close: async () => {
      await reader.close();
      db.close();
    },
  };
}

function currentVersion(db: Database.Database): number {
  const row = db.prepare<[], { v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations').get();
  return row?.v ?? 0;
}

function migrate(db: Database.Database): void {
  db.exec(migrationsTable.sqlite);
  // IMMEDIATE: a second process opening the same file waits its turn instead of migrating twice.
  db.transaction(() => {
    for (const m of pendingMigrations(currentVersion(db))) {
      db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    }
  }).immediate();
}
