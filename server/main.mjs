// @ts-check
// Serves the site: Next.js behind a thin layer of our own, which maps assistant states to cached
// routes (routing.mjs), sets the security headers and compresses (respond.mjs), limits request
// sizes and rates (rate-limit.mjs), logs each request without personal data (log.mjs), and shuts
// down cleanly. `node server/main.mjs` serves the production build in .next; `--dev` runs the
// development server. Configuration: see readConfig() below and the README.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import next from 'next';
import { parse as parseYaml } from 'yaml';

import { parseOrigins } from './headers.mjs';
import { requestLine } from './log.mjs';
import { clientAddress, RateLimiter } from './rate-limit.mjs';
import { BodyCache, secureResponse } from './respond.mjs';
import { stateRoute } from './routing.mjs';

/** Longest request target accepted (a state link is at most about 1 KB). */
const maxUrlLength = 4096;
/** Largest request body accepted: a pasted log is capped at 64 KB (up to 6 times that as JSON escapes), a form is a few KB. */
const maxBodyBytes = 512 * 1024;
const methods = new Set(['GET', 'HEAD', 'POST']);

/** @param {string} message */
function fail(message) {
  console.error(message);
  process.exit(2);
}

function readConfig() {
  const { values: args } = parseArgs({
    options: { dev: { type: 'boolean', default: false }, port: { type: 'string' }, hostname: { type: 'string' } },
  });
  const env = process.env;
  const port = Number(args.port ?? env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`--port (or PORT) must be a number from 0 to 65535, not ${JSON.stringify(args.port ?? env.PORT)}`);
  }
  /** Proxies in front of this server whose X-Forwarded-For and X-Forwarded-Proto are believed. */
  const trustedProxies = Number(env.TRUST_PROXY ?? 0);
  if (!Number.isInteger(trustedProxies) || trustedProxies < 0 || trustedProxies > 10) {
    fail(
      `TRUST_PROXY must be the number of proxies in front of the server (0 to 10), not ${JSON.stringify(env.TRUST_PROXY)}`,
    );
  }
  /** Requests per minute per client address to /api/ (and a quarter of it for form posts); "off" for none. */
  const rate = env.RATE_LIMIT ?? '120';
  const perMinute = rate === 'off' ? 0 : Number(rate);
  if (!Number.isFinite(perMinute) || perMinute < 0) {
    fail(`RATE_LIMIT must be requests per minute per address, or "off", not ${JSON.stringify(rate)}`);
  }
  return {
    dev: args.dev ?? false,
    port,
    hostname: args.hostname ?? env.HOST,
    trustedProxies,
    perMinute,
    logRequests: env.LOG_REQUESTS !== 'off',
    embedOrigins: embedOrigins(env.EMBED_ORIGINS),
  };
}

/**
 * Who may show the chat in a frame (/chat?view=embed): EMBED_ORIGINS, or else `embed.origins` in
 * content/site.yaml.
 * @param {string | undefined} fromEnv
 */
function embedOrigins(fromEnv) {
  let list = fromEnv;
  if (list === undefined) {
    const dir = process.env.SENDHELP_CONTENT_DIR ?? join(process.cwd(), 'content');
    const site = /** @type {{ embed?: { origins?: Array<string> } } | undefined} */ (
      parseYaml(readFileSync(join(dir, 'site.yaml'), 'utf8'))
    );
    list = (site?.embed?.origins ?? []).join(' ');
  }
  const { origins, problems } = parseOrigins(list);
  if (problems.length > 0) {
    fail(`EMBED_ORIGINS (or embed.origins in content/site.yaml): ${problems.join('; ')}`);
  }
  return origins;
}

/** The configuration the build used, so production never loads next.config.ts (the standalone copy has none). */
function builtConfig() {
  const file = join(process.cwd(), '.next', 'required-server-files.json');
  try {
    return /** @type {{ config: import('next').NextConfig }} */ (JSON.parse(readFileSync(file, 'utf8'))).config;
  } catch {
    return fail(`No production build in ${join(process.cwd(), '.next')}: run \`npm run build\` first.`);
  }
}

const config = readConfig();
const conf = config.dev ? undefined : builtConfig();
if (conf) {
  // What Next.js's own standalone server.js does, so that no part of Next.js reads the config file.
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
}
const app = next({
  dev: config.dev,
  dir: process.cwd(),
  port: config.port,
  ...(config.hostname ? { hostname: config.hostname } : {}),
  ...(conf ? { conf } : {}),
});
await app.prepare();
const handle = app.getRequestHandler();

const apiLimiter = new RateLimiter({ perMinute: config.perMinute, burst: Math.max(1, config.perMinute / 2) });
const formLimiter = new RateLimiter({ perMinute: config.perMinute / 4, burst: Math.max(1, config.perMinute / 8) });
const bodies = new BodyCache(8 * 1024 * 1024);
let closing = false;

/**
 * The page of a request refused before Next.js sees it: plain, readable on a phone and in dark
 * mode, with the way back. Its own small style: the site's stylesheet is Next.js's to serve.
 * @param {number} status
 * @param {string} message
 */
const plainPage = (status, message) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${message} (${status})</title><style>:root{color-scheme:light dark;background:light-dark(#fff,#121212);color:light-dark(#1a1a1a,#f2f2f2);font:1.125rem/1.5 system-ui,sans-serif}main{max-width:36rem;margin:3rem auto;padding:0 1rem}h1{font-size:1.5rem;line-height:1.25}a{color:light-dark(#0645ad,#9cc2ff)}</style></head><body><main><h1>${message}</h1><p><a href="/">Back to the help site</a></p></main></body></html>`;

/** @param {string} path */
function decodable(path) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

const failedPostPage = plainPage(400, 'That form could not be read. Go back, reload the page and try again.');

/**
 * Answers a request ourselves, with a short message and no echo of the request.
 * @param {import('node:http').ServerResponse} res
 * @param {boolean} api
 * @param {number} status
 * @param {string} message
 * @param {Record<string, string>} [headers]
 */
function refuse(res, api, status, message, headers = {}) {
  res.statusCode = status;
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Connection', 'close');
  for (const [name, value] of Object.entries(headers)) {
    res.setHeader(name, value);
  }
  if (api) {
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ error: { message } }));
  } else {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(plainPage(status, message));
  }
}

const server = createServer((req, res) => {
  const started = performance.now();
  const url = req.url ?? '/';
  const mark = url.indexOf('?');
  const path = mark === -1 ? url : url.slice(0, mark);
  if (config.logRequests) {
    res.once('finish', () => {
      const cache = res.getHeader('x-nextjs-cache');
      process.stdout.write(
        `${requestLine({ method: req.method, path, status: res.statusCode, ms: performance.now() - started, bytes: Number(res.getHeader('content-length') ?? 0), ...(typeof cache === 'string' ? { cache } : {}) })}\n`,
      );
    });
  }
  const forwardedProto = config.trustedProxies > 0 ? String(req.headers['x-forwarded-proto'] ?? '') : '';
  const https = forwardedProto.split(',')[0]?.trim() === 'https' || 'encrypted' in req.socket;
  const embed = path === '/chat' && new URLSearchParams(mark === -1 ? '' : url.slice(mark + 1)).get('view') === 'embed';
  secureResponse(req, res, {
    https,
    frameAncestors: embed ? config.embedOrigins : [],
    cache: bodies,
    ...(path.startsWith('/api/') ? {} : { failedPostPage }),
  });
  if (closing) {
    res.setHeader('Connection', 'close');
  }
  const api = path.startsWith('/api/');
  if (url.length > maxUrlLength) {
    return refuse(res, api, 414, 'That address is too long.');
  }
  if (!decodable(path)) {
    return refuse(res, api, 400, 'That address is not valid.');
  }
  if (!methods.has(req.method ?? '')) {
    return refuse(res, api, 405, 'That method is not allowed here.', { Allow: 'GET, HEAD, POST' });
  }
  // A body must say its length, so that one too large is refused before it is read: browsers,
  // fetch and curl all do; only a streamed upload does not.
  if (req.method === 'POST' && req.headers['content-length'] === undefined) {
    return refuse(res, api, 411, 'Send the length of the request (Content-Length).');
  }
  const length = Number(req.headers['content-length'] ?? 0);
  if (!Number.isFinite(length) || length > maxBodyBytes) {
    return refuse(res, api, 413, `That request is too large; the limit is ${maxBodyBytes / 1024} KB.`);
  }
  // A load balancer's health checks come from one address, often: a 429 must not take an instance out.
  const limited = config.perMinute > 0 && path !== '/api/health';
  const limiter = !limited ? undefined : api ? apiLimiter : req.method === 'POST' ? formLimiter : undefined;
  if (limiter) {
    const client = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustedProxies);
    const verdict = limiter.take(client, Date.now());
    if (!verdict.allowed) {
      return refuse(
        res,
        api,
        429,
        `Too many requests from your address. Try again in ${verdict.retryAfterSeconds} seconds.`,
        {
          'Retry-After': String(verdict.retryAfterSeconds),
        },
      );
    }
  }
  const internal = stateRoute(req.method, url);
  if (internal !== undefined) {
    req.url = internal;
  }
  void handle(req, res);
});

server.listen(config.port, config.hostname, () => {
  const address = server.address();
  const where =
    typeof address === 'object' && address ? `${config.hostname ?? 'localhost'}:${address.port}` : String(address);
  console.log(`sendhelp ${config.dev ? 'development' : 'production'} server on http://${where}`);
});

// Finish the requests in flight, then exit: a deployment's SIGTERM must not cut anyone off.
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.once(signal, () => {
    closing = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  });
}
