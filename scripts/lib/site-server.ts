// Starts the site's own server (server/main.mjs) on a free port, exactly as `npm start` does, for
// the site tests and the benchmark; stops it by its own PID.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Node.js flags of `npm start` (package.json); a test keeps the two the same. */
export const nodeFlags: ReadonlyArray<string> = ['--max-old-space-size=192', '--max-semi-space-size=8'];

export type SiteServer = {
  baseUrl: string;
  pid: number;
  /** The last 64 KB the server printed. */
  output: () => string;
  stop: () => Promise<void>;
  /** How the process ended, once it has. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Where its event store is (a fresh folder, deleted at stop, unless DATA_DIR or DATABASE_URL was given). */
  dataDir: string | undefined;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export async function waitUntilUp(url: string, ms: number, log: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The site did not start within ${ms / 1000} s. Server output:\n${log()}`);
}

/**
 * Serves the production build in .next (or `cwd`) on 127.0.0.1, with `env` added to the
 * environment. Events are recorded as in production, into a throw-away folder unless `env` says
 * where (DATA_DIR or DATABASE_URL).
 */
export async function startSite(options: { cwd?: string; env?: Record<string, string> } = {}): Promise<SiteServer> {
  const port = await freePort();
  const ownData =
    options.env?.DATA_DIR === undefined && options.env?.DATABASE_URL === undefined
      ? mkdtempSync(join(tmpdir(), 'sendhelp-data-'))
      : undefined;
  let output = '';
  const child = spawn(
    process.execPath,
    [...nodeFlags, 'server/main.mjs', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: options.cwd ?? process.cwd(),
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        ...(ownData ? { DATA_DIR: ownData } : {}),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // The server logs a line per request; keep the last 64 KB, enough to say why it failed.
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-64 * 1024);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    if (ownData) {
      rmSync(ownData, { recursive: true, force: true });
    }
  };
  try {
    await waitUntilUp(`${baseUrl}/`, 60_000, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  if (child.pid === undefined) {
    throw new Error('The server process has no PID');
  }
  return { baseUrl, pid: child.pid, output: () => output, stop, exited, dataDir: ownData ?? options.env?.DATA_DIR };
}
