// The production topology of deploy/ on loopback, without containers: app instances served from a
// copy of the standalone folder (as the image runs it), and nginx with the shipped configuration,
// its paths and ports substituted. Used by the topology test and by `npm run bench`; every process
// is stopped by its own PID.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { freePort, nodeFlags, waitUntilUp } from './site-server';

const run = promisify(execFile);

export const nginxBinary = process.env.NGINX ?? '/usr/sbin/nginx';
export const shippedConfig = 'deploy/nginx/nginx.conf';

export type Instance = {
  port: number;
  baseUrl: string;
  /** The folder it serves (a standalone build). */
  dir: string;
  pid: () => number | undefined;
  /** What it printed since it last started (its request log included), the last 256 KB. */
  output: () => string;
  start: (dir?: string) => Promise<void>;
  /** SIGTERM finishes the requests in flight (a deploy); SIGKILL is a crash. */
  stop: (signal?: 'SIGTERM' | 'SIGKILL') => Promise<void>;
};

/** An app instance as the container image runs it: `node server/main.mjs` in a standalone folder, on 127.0.0.1:port. */
export function instance(dir: string, port: number, env: Record<string, string>): Instance {
  let child: ChildProcess | undefined;
  let output = '';
  let exited: Promise<void> = Promise.resolve();
  const self: Instance = {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    dir,
    pid: () => child?.pid,
    output: () => output,
    start: async (from = self.dir) => {
      self.dir = from;
      output = '';
      const proc = spawn(process.execPath, [...nodeFlags, 'server/main.mjs'], {
        cwd: from,
        env: {
          PATH: process.env.PATH ?? '',
          NODE_ENV: 'production',
          NEXT_TELEMETRY_DISABLED: '1',
          HOST: '127.0.0.1',
          PORT: String(port),
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      const keep = (d: Buffer) => {
        output = (output + d.toString()).slice(-256 * 1024);
      };
      proc.stdout.on('data', keep);
      proc.stderr.on('data', keep);
      exited = new Promise((resolve) => proc.once('exit', () => resolve()));
      const failed = exited.then(() => {
        throw new Error(`The instance on port ${port} stopped before it answered:\n${output}`);
      });
      // Once it is up, its exit is no failure of start().
      failed.catch(() => {});
      await Promise.race([waitUntilUp(`${self.baseUrl}/api/health`, 90_000, () => output), failed]);
    },
    stop: async (signal = 'SIGTERM') => {
      if (child && child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
      }
      await exited;
    },
  };
  return self;
}

/**
 * The shipped nginx configuration with this machine's paths and ports: each line replaced must be
 * there exactly once, so a change to the shipped file that the test no longer covers fails loudly.
 */
export function localConfig(shipped: string, o: { prefix: string; port: number; upstreams: Array<number> }): string {
  const replacements: Array<[string, string]> = [
    ['pid /run/nginx.pid;', `pid ${o.prefix}/nginx.pid;`],
    ['include /etc/nginx/sendhelp/build.conf;', `include ${o.prefix}/build.conf;`],
    ['/var/log/nginx/sendhelp.log', `${o.prefix}/access.log`],
    ['listen 80 reuseport;', `listen 127.0.0.1:${o.port} reuseport;`],
    ...o.upstreams.map((port, i): [string, string] => [`server app${i + 1}:3000 `, `server 127.0.0.1:${port} `]),
  ];
  let text = shipped;
  for (const [from, to] of replacements) {
    const count = text.split(from).length - 1;
    if (count !== 1) {
      throw new Error(`${shippedConfig}: expected "${from}" once, found it ${count} times`);
    }
    text = text.replace(from, to);
  }
  // The cache and nginx's temporary files.
  return text.replaceAll('/var/cache/nginx', `${o.prefix}/cache`);
}

export type Nginx = {
  port: number;
  baseUrl: string;
  prefix: string;
  /** The arguments that address this nginx: `nginx ${args} -s reload`. */
  args: Array<string>;
  output: () => string;
  accessLog: () => Promise<string>;
  stop: () => Promise<void>;
};

/**
 * Starts nginx in the foreground on 127.0.0.1:port with `config`, its files under a fresh folder;
 * `prepare` writes what the configuration includes first.
 */
export async function startNginx(
  config: (prefix: string, port: number) => string,
  prepare: (prefix: string) => Promise<void> = async () => {},
): Promise<Nginx> {
  const prefix = await mkdtemp(join(tmpdir(), 'sendhelp-nginx-'));
  // nginx's workers run as an unprivileged user when it is started as root: they must reach the cache.
  await chmod(prefix, 0o755);
  await mkdir(join(prefix, 'cache'));
  await prepare(prefix);
  const port = await freePort();
  const conf = join(prefix, 'nginx.conf');
  await writeFile(conf, config(prefix, port));
  const args = ['-p', prefix, '-c', conf, '-e', 'stderr'];
  let output = '';
  const child = spawn(nginxBinary, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-64 * 1024)));
  child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-64 * 1024)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // QUIT: nginx's graceful stop.
      child.kill('SIGQUIT');
    }
    await exited;
    await rm(prefix, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(`${baseUrl}/api/health`, 30_000, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    port,
    baseUrl,
    prefix,
    args,
    output: () => output,
    // nginx writes its buffered log when it is told to reopen it.
    accessLog: async () => {
      await run(nginxBinary, [...args, '-s', 'reopen']);
      await new Promise((r) => setTimeout(r, 300));
      return readFile(join(prefix, 'access.log'), 'utf8').catch(() => '');
    },
    stop,
  };
}

/** The standalone folder of the current build (scripts/standalone.mjs), copied to a fresh folder. */
export async function standaloneCopy(): Promise<string> {
  await run(process.execPath, ['scripts/standalone.mjs']);
  const dir = await mkdtemp(join(tmpdir(), 'sendhelp-app-'));
  await cp('.next/standalone', dir, { recursive: true });
  return dir;
}

export async function buildId(dir: string): Promise<string> {
  return (await readFile(join(dir, '.next/BUILD_ID'), 'utf8')).trim();
}

/** deploy/switch-build.sh: the build id into nginx's configuration, and a reload if nginx runs. */
export async function switchBuild(id: string, nginx: { prefix: string; args: Array<string> } | string): Promise<void> {
  const [conf, command] =
    typeof nginx === 'string'
      ? [join(nginx, 'build.conf'), ['-']]
      : [join(nginx.prefix, 'build.conf'), [nginxBinary, ...nginx.args]];
  await run('deploy/switch-build.sh', [id, conf, ...command]);
}

export type Topology = { nginx: Nginx; instances: Array<Instance>; stop: () => Promise<void> };

/**
 * Two app instances of the build in `dir` and nginx in front with the shipped configuration,
 * pointed at that build.
 */
export async function startTopology(dir: string, env: Record<string, string>): Promise<Topology> {
  const ports = [await freePort(), await freePort()];
  const instances = ports.map((port) => instance(dir, port, { TRUST_PROXY: '1', ...env }));
  const shipped = await readFile(shippedConfig, 'utf8');
  const id = await buildId(dir);
  try {
    await Promise.all(instances.map((i) => i.start()));
    const nginx = await startNginx(
      (prefix, port) => localConfig(shipped, { prefix, port, upstreams: ports }),
      (prefix) => switchBuild(id, prefix),
    );
    return {
      nginx,
      instances,
      stop: async () => {
        await nginx.stop();
        await Promise.all(instances.map((i) => i.stop()));
      },
    };
  } catch (error) {
    await Promise.all(instances.map((i) => i.stop()));
    throw error;
  }
}
