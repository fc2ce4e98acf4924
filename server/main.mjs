// @ts-check
// Serves the site: Next.js behind a thin layer of our own, which decides where each request goes on
// its normalised path and maps assistant states to one cached route (routing.mjs), sets the
// security headers and compresses (respond.mjs), limits request sizes, rates and new states
// (rate-limit.mjs), logs each request and error as one JSON line without personal data (log.mjs),
// and shuts down cleanly. What it relies on of Next.js beyond its public API is in
// next-internals.mjs, checked at start. `node server/main.mjs` serves the production build in
// .next; `--dev` runs the development server. Configuration: config.mjs and the README.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { join } from 'node:path';

import next from 'next';

import { fail, readConfig } from './config.mjs';
import { errorLine, requestLine } from './log.mjs';
import { readManifest } from './manifest.mjs';
import { cacheStatus, checkNextInternals, readBuiltConfig, useBuiltConfig } from './next-internals.mjs';
import { clientAddress, RateLimiter, StateBudget } from './rate-limit.mjs';
import { BodyCache, secureResponse } from './respond.mjs';
import { route, rscParameter, statePrefix } from './routing.mjs';

/** Longest request target accepted (a state link is at most about 1 KB). */
const maxUrlLength = 4096;
/** Largest request body accepted: a pasted log is capped at 64 KB (up to 6 times that as JSON escapes), a form is a few KB. */
const maxBodyBytes = 512 * 1024;
const methods = new Set(['GET', 'HEAD', 'POST']);
/** Files (a name with an extension, or Next.js's own under /_next/) are only fetched, never posted to. */
const file = /^\/_next\/|\.[A-Za-z0-9]+$/;

const config = readConfig();
// From here on an error or a warning is one JSON line, never a stack trace (log.mjs).
console.error = (...args) => process.stderr.write(`${errorLine('error', args)}\n`);
console.warn = (...args) => process.stderr.write(`${errorLine('warn', args)}\n`);

const distDir = join(process.cwd(), '.next');
const built = config.dev ? undefined : readBuiltConfig(distDir);
if (built && !built.ok) {
  fail(built.problem);
}
const conf = built?.ok ? built.config : undefined;
if (conf) {
  // Assistant states are cached in memory as they are first asked for (see routing.mjs), never
  // written to disk, which may be read-only and must not fill up. (Set here rather than in
  // next.config.ts, where the build lists it as an experiment with a red cross.)
  useBuiltConfig({ ...conf, experimental: { ...conf.experimental, isrFlushToDisk: false } });
}
const read = readManifest(distDir, { dev: config.dev });
if (!read.ok) {
  fail(read.problem);
}
const { statePages, scriptHashes } = read.manifest;
const approvedHashes = new Set(scriptHashes);
/** The nonce Next.js puts on the scripts of pages it renders; each response gets its own in its place (respond.mjs). */
const secretNonce = randomBytes(16).toString('base64url');
/** Marks Next.js's own requests to this server (the page after a server action), sent with the headers it was given. */
const internalToken = randomBytes(16).toString('base64url');
const internalHeader = 'x-sendhelp-internal';

const app = next({
  dev: config.dev,
  dir: process.cwd(),
  port: config.port,
  // Where Next.js fetches the page a server action redirects to: this server, on loopback if it listens everywhere.
  hostname:
    !config.hostname || config.hostname === '0.0.0.0' || config.hostname === '::' ? '127.0.0.1' : config.hostname,
  ...(conf ? { conf } : {}),
});
await app.prepare();
const handle = app.getRequestHandler();

const apiLimiter = new RateLimiter({ perMinute: config.perMinute, burst: Math.max(1, config.perMinute / 2) });
const formLimiter = new RateLimiter({ perMinute: config.perMinute / 4, burst: Math.max(1, config.perMinute / 8) });
const stateBudget = new StateBudget({ perMinute: config.perMinute / 4, burst: Math.max(1, config.perMinute / 8) });
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
const refusedMessage = 'That method is not allowed here.';
const refusedPostPage = plainPage(405, refusedMessage);

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

/** @type {import('node:http').RequestListener} */
const listener = (req, res) => {
  const started = performance.now();
  const target = req.url ?? '/';
  const mark = target.indexOf('?');
  const rawPath = mark === -1 ? target : target.slice(0, mark);
  const internal = req.headers[internalHeader] === internalToken;
  if (config.logRequests) {
    res.once('finish', () => {
      const cache = cacheStatus(res);
      process.stdout.write(
        `${requestLine({ method: req.method, path: rawPath, status: res.statusCode, ms: performance.now() - started, bytes: Number(res.getHeader('content-length') ?? 0), ...(cache ? { cache } : {}) })}\n`,
      );
    });
  }
  const forwardedProto = config.trustedProxies > 0 ? String(req.headers['x-forwarded-proto'] ?? '') : '';
  const https = forwardedProto.split(',')[0]?.trim() === 'https' || 'encrypted' in req.socket;
  const api = rawPath.startsWith('/api/');
  const where = route(statePages, target);
  const embed =
    where.kind === 'state' &&
    rawPath === '/chat' &&
    new URLSearchParams(mark === -1 ? '' : target.slice(mark + 1)).get('view') === 'embed';
  const internalPath = where.kind === 'state' || where.kind === 'uncached' ? where.url.split('?')[0] : undefined;
  secureResponse(req, res, {
    https,
    frameAncestors: embed ? config.embedOrigins : [],
    cache: bodies,
    approvedHashes,
    secretNonce,
    ...(api ? {} : { failedPostPage }),
    closing: () => closing,
    refusedPost: api
      ? { type: 'application/json; charset=utf-8', body: JSON.stringify({ error: { message: refusedMessage } }) }
      : { type: 'text/html; charset=utf-8', body: refusedPostPage },
    // Next.js's redirects to a private route (adding its `_rsc`, say) go to the public address instead.
    publicLocation: (location) => {
      const url = new URL(location, 'http://n');
      if (!internalPath || url.origin !== 'http://n' || url.pathname !== internalPath) {
        return location;
      }
      const query = new URLSearchParams(mark === -1 ? '' : target.slice(mark + 1));
      query.delete(rscParameter);
      for (const value of url.searchParams.getAll(rscParameter)) {
        query.append(rscParameter, value);
      }
      return `${rawPath}${query.size > 0 ? `?${query}` : ''}`;
    },
  });
  if (closing) {
    res.setHeader('Connection', 'close');
  }
  if (target.length > maxUrlLength) {
    return refuse(res, api, 414, 'That address is too long.');
  }
  if (where.kind === 'refuse' || !decodable(rawPath)) {
    return refuse(res, api, 400, 'That address is not valid.');
  }
  if (!methods.has(req.method ?? '')) {
    return refuse(res, api, 405, 'That method is not allowed here.', { Allow: 'GET, HEAD, POST' });
  }
  if (where.kind === 'redirect') {
    res.statusCode = 308;
    res.setHeader('Location', where.location);
    res.setHeader('Cache-Control', 'no-store');
    if (req.method === 'POST') {
      // Its body is not read here: the client sends it again to the new address.
      res.setHeader('Connection', 'close');
    }
    res.end();
    return;
  }
  if (req.method === 'POST' && file.test(rawPath)) {
    return refuse(res, api, 405, 'That method is not allowed here.', { Allow: 'GET, HEAD' });
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
  const limited = config.perMinute > 0 && rawPath !== '/api/health' && !internal;
  const client = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustedProxies);
  const limiter = !limited ? undefined : api ? apiLimiter : req.method === 'POST' ? formLimiter : undefined;
  const verdict = limiter?.take(client, Date.now());
  if (verdict && !verdict.allowed) {
    const message = `Too many requests from your address. Try again in ${verdict.retryAfterSeconds} seconds.`;
    return refuse(res, api, 429, message, { 'Retry-After': String(verdict.retryAfterSeconds) });
  }
  if (where.kind === 'not-found') {
    // The private routes are not pages: Next.js has none at the bare prefix, so it answers its 404 page.
    req.url = statePrefix;
  } else if (where.kind === 'uncached') {
    req.url = where.url;
  } else if (where.kind === 'state') {
    // A client may have only so many new states rendered a minute; states in the cache are free.
    if (limited && req.method !== 'POST') {
      const admitted = stateBudget.admit(client, where.key, Date.now());
      if (!admitted.allowed) {
        const message = `Too many new pages from your address. Try again in ${admitted.retryAfterSeconds} seconds.`;
        return refuse(res, false, 429, message, { 'Retry-After': String(admitted.retryAfterSeconds) });
      }
      res.once('finish', () => stateBudget.settle(client, where.key, cacheStatus(res), admitted.charged, Date.now()));
    }
    req.url = where.url;
  }
  // Every answer is whole: nothing here is large enough to fetch in parts, and Next.js answers a
  // range it cannot serve (bytes=9-1, bytes=abc) with a 500. Ignoring Range is allowed (RFC 9110).
  delete req.headers.range;
  delete req.headers['if-range'];
  // Next.js puts the nonce of the request's policy on its scripts; the client's own is never believed.
  req.headers['content-security-policy'] = `script-src 'nonce-${secretNonce}'`;
  delete req.headers['content-security-policy-report-only'];
  req.headers[internalHeader] = internalToken;
  // HTTPS is decided above; Next.js would fetch the page after a server action over HTTPS from itself.
  delete req.headers['x-forwarded-proto'];
  void handle(req, res);
};

/** @param {import('node:http').Server} server @param {number} port @param {string | undefined} host */
const listen = (server, port, host) =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address()));
  });

const options = {
  headersTimeout: config.headersTimeout * 1000,
  requestTimeout: config.requestTimeout * 1000,
  // How often Node.js looks for requests past those times (every 30 s unless told).
  connectionsCheckingInterval: 1000,
};

if (!config.dev) {
  // Before taking requests: does Next.js still behave as next-internals.mjs expects?
  const check = createServer(options, listener);
  const address = /** @type {import('node:net').AddressInfo} */ (await listen(check, 0, '127.0.0.1'));
  const problems = await checkNextInternals(`http://127.0.0.1:${address.port}`, { prerendered: '/' });
  check.closeAllConnections();
  check.close();
  if (problems.length > 0) {
    fail(problems.join('\n'));
  }
}

const server = createServer(options, listener);
server.maxConnections = config.maxConnections;
const address = await listen(server, config.port, config.hostname);
const where =
  typeof address === 'object' && address ? `${config.hostname ?? 'localhost'}:${address.port}` : String(address);
console.log(`sendhelp ${config.dev ? 'development' : 'production'} server on http://${where}`);

// Finish the requests in flight, then exit: a deployment's SIGTERM must not cut anyone off.
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.once(signal, () => {
    closing = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  });
}
