// Throughput through the production topology (deploy/: nginx in front of two app instances, as
// scripts/lib/topology.ts starts it on loopback) beside the real static ceiling on this machine:
// nginx serving the same HTML straight from disk.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';

import { standaloneCopy, startNginx, startTopology } from '../lib/topology';
import { measureLoad, type LoadResult } from './load';

export type ProxyRow = { name: string; path: string; proxied: LoadResult; fromDisk: LoadResult };

/** A minimal nginx that sends files from `root`, with the worker settings of deploy/nginx/nginx.conf. */
const staticConfig = (root: string) => (prefix: string, port: number) => `
worker_processes auto;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 4096; }
http {
    server_tokens off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 30s;
    keepalive_requests 10000;
    access_log off;
    client_body_temp_path ${prefix}/cache/client_temp;
    proxy_temp_path ${prefix}/cache/proxy_temp;
    fastcgi_temp_path ${prefix}/cache/fastcgi_temp;
    uwsgi_temp_path ${prefix}/cache/uwsgi_temp;
    scgi_temp_path ${prefix}/cache/scgi_temp;
    types { text/html html; }
    server {
        listen 127.0.0.1:${port} reuseport;
        root ${root};
        # The files are the Brotli bodies nginx got from the app.
        add_header Content-Encoding br;
        location = /api/health { return 200 'ok'; }
    }
}
`;

const br = { 'accept-encoding': 'br' };

/** A page's body through nginx as it came, compressed (fetch() would decompress it). */
function brotliBody(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    request(url, { headers: br }, (res) => {
      const chunks: Array<Buffer> = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        res.statusCode === 200 && res.headers['content-encoding'] === 'br'
          ? resolve(Buffer.concat(chunks))
          : reject(
              new Error(`${url} answered ${res.statusCode} (${res.headers['content-encoding'] ?? 'not compressed'})`),
            ),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** The run with the median throughput. */
function median(runs: Array<LoadResult>): LoadResult {
  const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) {
    throw new Error('no load runs');
  }
  return middle;
}

/**
 * Each of `pages` through nginx and two instances (the cache warm), and its bytes from disk through
 * nginx alone, alternately, `rounds` times each: on a shared machine the load drifts, and the two
 * sides of a ratio should see the same drift. Each side's median run is kept.
 */
export async function benchProxy(
  pages: ReadonlyArray<{ name: string; path: string }>,
  seconds: number,
  rounds = 3,
): Promise<Array<ProxyRow>> {
  const dir = await standaloneCopy();
  const root = await mkdtemp(join(tmpdir(), 'sendhelp-static-'));
  // nginx's workers run as an unprivileged user when it is started as root.
  await chmod(root, 0o755);
  const rows: Array<ProxyRow> = [];
  try {
    // Rate limits off in the app, as at the edge for pages: one client sending thousands a second.
    const site = await startTopology(dir, { RATE_LIMIT: 'off', DATA_DIR: join(dir, 'data') });
    try {
      const files: Array<string> = [];
      for (const [i, page] of pages.entries()) {
        // The bytes the load runs get: Brotli, as every browser asks for.
        const body = await brotliBody(`${site.nginx.baseUrl}${page.path}`);
        files.push(`page-${i}.html`);
        await writeFile(join(root, `page-${i}.html`), body);
      }
      const disk = await startNginx(staticConfig(root));
      try {
        for (const [i, page] of pages.entries()) {
          const proxied: Array<LoadResult> = [];
          const fromDisk: Array<LoadResult> = [];
          for (let round = 0; round < rounds; round++) {
            proxied.push(await measureLoad(site.nginx.baseUrl, { ...page, headers: br }, seconds));
            const run = await measureLoad(
              disk.baseUrl,
              { name: page.name, path: `/${files[i] ?? ''}`, headers: br },
              seconds,
            );
            if (run.non2xx > 0 || run.errors > 0) {
              throw new Error(
                `nginx did not send ${files[i] ?? ''} from disk: ${run.non2xx} non-2xx, ${run.errors} errors`,
              );
            }
            fromDisk.push(run);
          }
          rows.push({ ...page, proxied: median(proxied), fromDisk: median(fromDisk) });
        }
      } finally {
        await disk.stop();
      }
    } finally {
      await site.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(root, { recursive: true, force: true });
  }
  return rows;
}
