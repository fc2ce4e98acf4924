// The shared store: PostgreSQL through DATABASE_URL, for several instances of the site. Every call
// is asynchronous and bounded in time, so a database that is slow or down costs pages nothing.
import type { Pool, PoolClient } from 'pg';

import { migrationsTable, pendingMigrations } from './migrations';
import { weekKeySql, type Store } from './store';
import type { CountRow, DayRange, EventType } from './types';

/** Rows per INSERT: five parameters each, well under PostgreSQL's 65,535. */
const rowsPerStatement = 1000;
/** Any number: instances starting together take turns migrating. */
const migrationLock = 716_016;

export async function openPostgresStore(url: string): Promise<Store> {
  const { default: pg } = await import('pg');
  const pool: Pool = new pg.Pool({
    connectionString: url,
    max: 2,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
    query_timeout: 10_000,
    application_name: 'sendhelp',
  });
  // An idle connection that breaks (the server restarted) must not crash the process.
  pool.on('error', () => undefined);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const num = (v: unknown) => Number(v);
  return {
    dialect: 'postgres',
    async add(rows: ReadonlyArray<CountRow>) {
      for (let i = 0; i < rows.length; i += rowsPerStatement) {
        const chunk = rows.slice(i, i + rowsPerStatement);
        const values = chunk.map(
          (_, j) => `($${j * 5 + 1}, $${j * 5 + 2}, $${j * 5 + 3}, $${j * 5 + 4}, $${j * 5 + 5})`,
        );
        await pool.query(
          `INSERT INTO counts (type, day, subject, detail, n) VALUES ${values.join(', ')} ON CONFLICT (type, day, subject, detail) DO UPDATE SET n = counts.n + EXCLUDED.n`,
          chunk.flatMap((r) => [r.type, r.day, r.subject, r.detail, r.n]),
        );
      }
    },
    async totals(type: EventType, range: DayRange, limit?: number) {
      const { rows } = await pool.query<{ subject: string; detail: string; n: string }>(
        'SELECT subject, detail, SUM(n) AS n FROM counts WHERE type = $1 AND day BETWEEN $2 AND $3 GROUP BY subject, detail ORDER BY n DESC, subject COLLATE "C", detail COLLATE "C" LIMIT $4',
        [type, range.from, range.to, limit ?? null],
      );
      return rows.map((r) => ({ subject: r.subject, detail: r.detail, n: num(r.n) }));
    },
    async weekly(range: DayRange) {
      const { rows } = await pool.query<{ week: number; type: EventType; key: string; n: string }>(
        `SELECT (day + 3) / 7 AS week, type COLLATE "C" AS type, (${weekKeySql}) COLLATE "C" AS key, SUM(n) AS n FROM counts WHERE day BETWEEN $1 AND $2 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
        [range.from, range.to],
      );
      return rows.map((r) => ({ week: num(r.week), type: r.type, key: r.key, n: num(r.n) }));
    },
    async prune(day: number) {
      return (await pool.query('DELETE FROM counts WHERE day < $1', [day])).rowCount ?? 0;
    },
    async version() {
      return currentVersion(pool);
    },
    async close() {
      await pool.end();
    },
  };
}

async function currentVersion(client: Pool | PoolClient): Promise<number> {
  const { rows } = await client.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
  return rows[0]?.v ?? 0;
}

async function migrate(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
    await client.query(migrationsTable.postgres);
    for (const m of pendingMigrations(await currentVersion(client))) {
      await client.query(m.postgres);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [
        m.version,
        m.name,
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
