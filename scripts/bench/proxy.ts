// Throughput through the production topology (deploy/: nginx in front of two app instances, as
// scripts/lib/topology.ts starts it on loopback) beside the real static ceiling on this machine:
// nginx serving the same HTML straight from disk.
import { mkdir, rm, writeFile } from 'node:fs/promises';
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
        location = /api/health { return 200 'ok'; }
    }
}
`;

/** Each of `pages` through nginx and two instances, then its bytes from disk through nginx alone. */
export async function benchProxy(
  pages: ReadonlyArray<{ name: string; path: string }>,
  seconds: number,
): Promise<Array<ProxyRow>> {
  const dir = await standaloneCopy();
  const root = join(dir, 'static-ceiling');
  const rows: Array<ProxyRow> = [];
  try {
    // Rate limits off in the app as at the edge for pages: one client sending thousands a second.
    const site = await startTopology(dir, { RATE_LIMIT: 'off', DATA_DIR: join(dir, 'data') });
    const proxied: Array<LoadResult> = [];
    const files: Array<string> = [];
    try {
      await mkdir(root);
      for (const [i, page] of pages.entries()) {
        // The same bytes the load run gets: no Accept-Encoding, as autocannon sends none.
        const res = await fetch(`${site.nginx.baseUrl}${page.path}`, { headers: { 'accept-encoding': 'identity' } });
        if (!res.ok) {
          throw new Error(`${page.path} answered ${res.status} through nginx`);
        }
        const file = `page-${i}.html`;
        await writeFile(join(root, file), Buffer.from(await res.arrayBuffer()));
        files.push(file);
        proxied.push(await measureLoad(site.nginx.baseUrl, page, seconds));
      }
    } finally {
      await site.stop();
    }
    const disk = await startNginx(staticConfig(root));
    try {
      for (const [i, page] of pages.entries()) {
        const fromDisk = await measureLoad(disk.baseUrl, { name: page.name, path: `/${files[i] ?? ''}` }, seconds);
        rows.push({ ...page, proxied: proxied[i] as LoadResult, fromDisk });
      }
    } finally {
      await disk.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
