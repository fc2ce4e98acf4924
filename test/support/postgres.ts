// PostgreSQL for the tests: TEST_DATABASE_URL if set (CI's .ci/run starts a cluster and sets it),
// else a throw-away cluster of our own when PostgreSQL is installed. In CI a missing database
// fails the tests; on a developer's machine without PostgreSQL they are skipped with the reason.
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import pg from 'pg';

import { freePort } from '../../scripts/lib/site-server';

const run = promisify(execFile);
const script = join(process.cwd(), 'scripts/pg-cluster.sh');

export type Cluster = {
  url: string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
  destroy: () => Promise<void>;
};

/** Starts a throw-away cluster on a free loopback port (scripts/pg-cluster.sh). */
export async function startCluster(): Promise<Cluster> {
  const dir = await mkdtemp(join(tmpdir(), 'sendhelp-pg-'));
  const port = String(await freePort());
  const { stdout } = await run(script, ['start', dir, port]);
  return {
    url: stdout.trim(),
    start: async () => void (await run(script, ['start', dir, port])),
    stop: async () => void (await run(script, ['stop', dir])),
    destroy: async () => void (await run(script, ['destroy', dir])),
  };
}

/** Whether PostgreSQL's programs are here to start a cluster with. */
export async function canStartCluster(): Promise<boolean> {
  try {
    await run(script, ['probe', '/nonexistent']);
    return true;
  } catch (error) {
    return (error as { code?: number }).code !== 3;
  }
}

export type TestDatabase = { url: string; drop: () => Promise<void> };

/**
 * A new, empty database for one test file, on TEST_DATABASE_URL's server or a cluster of our own.
 * Undefined (skip) only outside CI when there is no PostgreSQL at all.
 */
export async function createTestDatabase(): Promise<TestDatabase | undefined> {
  let cluster: Cluster | undefined;
  let admin = process.env.TEST_DATABASE_URL;
  if (!admin) {
    if (!(await canStartCluster())) {
      if (process.env.CI) {
        throw new Error(
          'CI needs PostgreSQL for the store tests: .ci/run installs it and sets TEST_DATABASE_URL (see scripts/pg-cluster.sh).',
        );
      }
      return undefined;
    }
    cluster = await startCluster();
    admin = cluster.url;
  }
  const name = `sendhelp_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      if (cluster) {
        await cluster.destroy();
        return;
      }
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
