// @ts-check
// Serves the site: Next.js behind a thin layer of our own. `node server/main.mjs` serves the
// production build in .next; `--dev` runs the development server. Options: --port (or PORT,
// default 3000) and --hostname (or HOST, default all interfaces).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import next from 'next';

import { stateRoute } from './routing.mjs';

const { values: args } = parseArgs({
  options: { dev: { type: 'boolean', default: false }, port: { type: 'string' }, hostname: { type: 'string' } },
});
const dev = args.dev ?? false;
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = args.hostname ?? process.env.HOST;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not ${JSON.stringify(args.port ?? process.env.PORT)}`);
  process.exit(2);
}

/** The configuration the build used, so production never loads next.config.ts (the standalone copy has none). */
function builtConfig() {
  const file = join(process.cwd(), '.next', 'required-server-files.json');
  try {
    return /** @type {{ config: import('next').NextConfig }} */ (JSON.parse(readFileSync(file, 'utf8'))).config;
  } catch {
    console.error(`No production build in ${join(process.cwd(), '.next')}: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const conf = dev ? undefined : builtConfig();
if (conf) {
  // What Next.js's own standalone server.js does, so that no part of Next.js reads the config file.
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
}
const app = next({ dev, dir: process.cwd(), port, ...(hostname ? { hostname } : {}), ...(conf ? { conf } : {}) });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  const internal = stateRoute(req.method, req.url ?? '/');
  if (internal !== undefined) {
    req.url = internal;
  }
  void handle(req, res);
});

server.listen(port, hostname, () => {
  const address = server.address();
  const where = typeof address === 'object' && address ? `${hostname ?? 'localhost'}:${address.port}` : String(address);
  console.log(`sendhelp ${dev ? 'development' : 'production'} server on http://${where}`);
});

// Finish the requests in flight, then exit: a deployment's SIGTERM must not cut anyone off.
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
