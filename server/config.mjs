// @ts-check
// The server's configuration, from the command line and the environment, each value checked: a
// wrong one stops the server at start with the variable named. The README lists them all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { parse as parseYaml } from 'yaml';

import { parseOrigins } from './headers.mjs';

/** @param {string} message @returns {never} */
export function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/**
 * A whole number from the environment, within bounds, or the default.
 * @param {string} name
 * @param {number} fallback
 * @param {{ min: number, max: number, what: string }} bounds
 */
function wholeNumber(name, fallback, { min, max, what }) {
  const text = process.env[name];
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    fail(`${name} must be ${what} (${min} to ${max}), not ${JSON.stringify(text)}`);
  }
  return value;
}

export function readConfig() {
  const { values: args } = parseArgs({
    options: { dev: { type: 'boolean', default: false }, port: { type: 'string' }, hostname: { type: 'string' } },
  });
  const env = process.env;
  const port = Number(args.port ?? env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`--port (or PORT) must be a number from 0 to 65535, not ${JSON.stringify(args.port ?? env.PORT)}`);
  }
  /** Requests per minute per client address to /api/ (and a quarter of it for form posts and new states); "off" for none. */
  const rate = env.RATE_LIMIT ?? '120';
  const perMinute = rate === 'off' ? 0 : Number(rate);
  if (!Number.isFinite(perMinute) || perMinute < 0) {
    fail(`RATE_LIMIT must be requests per minute per address, or "off", not ${JSON.stringify(rate)}`);
  }
  const headersTimeout = wholeNumber('HEADERS_TIMEOUT', 10, {
    min: 1,
    max: 300,
    what: 'seconds to receive request headers',
  });
  const requestTimeout = wholeNumber('REQUEST_TIMEOUT', 60, {
    min: 1,
    max: 3600,
    what: 'seconds to receive a whole request',
  });
  if (headersTimeout > requestTimeout) {
    fail(`HEADERS_TIMEOUT (${headersTimeout}) must not be longer than REQUEST_TIMEOUT (${requestTimeout})`);
  }
  return {
    dev: args.dev ?? false,
    port,
    hostname: args.hostname ?? env.HOST,
    /** Proxies in front of this server whose X-Forwarded-For and X-Forwarded-Proto are believed. */
    trustedProxies: wholeNumber('TRUST_PROXY', 0, {
      min: 0,
      max: 10,
      what: 'the number of proxies in front of the server',
    }),
    perMinute,
    logRequests: env.LOG_REQUESTS !== 'off',
    embedOrigins: embedOrigins(env.EMBED_ORIGINS),
    /** Seconds a client has to send a request's headers, and the whole request: slow clients must not hold sockets. */
    headersTimeout,
    requestTimeout,
    /** Open connections at most; more are closed at once. */
    maxConnections: wholeNumber('MAX_CONNECTIONS', 1000, { min: 1, max: 1_000_000, what: 'open connections at most' }),
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
