// Starts the site's own server (server/main.mjs) on a free port, exactly as `npm start` does, for
// the site tests and the benchmark; stops it by its own PID.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** Node.js flags of `npm start` (package.json); a test keeps the two the same. */
export const nodeFlags: ReadonlyArray<string> = ['--max-old-space-size=256'];

export type SiteServer = {
  baseUrl: string;
  pid: number;
  /** Everything the server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
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

/** Serves the production build in .next (or `cwd`) on 127.0.0.1. */
export async function startSite(options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<SiteServer> {
  const port = await freePort();
  let output = '';
  const child = spawn(
    process.execPath,
    [...nodeFlags, 'server/main.mjs', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
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
  return { baseUrl, pid: child.pid, output: () => output, stop };
}
