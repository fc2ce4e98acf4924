// @ts-check
// Wraps a response so that, whatever Next.js writes, it goes out with our security headers, and
// compressible bodies go out compressed. Pages are held until complete (they are small), so their
// CSP can list the hashes of their inline scripts. Bodies compressed once are kept by ETag.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { baseHeaders, pageHeaders, pagePolicy, resourcePolicy, scriptHashes } from './headers.mjs';

const compressible = /^(?:text\/|application\/(?:javascript|json|manifest\+json|xml|rss\+xml)|image\/svg\+xml)/;
/** Bodies above this are passed through as they come, not held (nothing of ours is this big). */
const maxHeldBytes = 8 * 1024 * 1024;

/** @typedef {{ body?: Buffer, csp?: string }} CacheEntry */

/** @param {string} key @param {CacheEntry} entry */
const sizeOf = (key, entry) => key.length + (entry.body?.length ?? 0) + (entry.csp?.length ?? 0);

/**
 * A small LRU of compressed bodies and page policies, by ETag (or, for files under /_next/static/,
 * which never change, by path), bounded in bytes.
 */
export class BodyCache {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, CacheEntry>} */
    this.entries = new Map();
  }

  /** @param {string} key */
  get(key) {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** @param {string} key @param {CacheEntry} entry */
  set(key, entry) {
    const size = sizeOf(key, entry);
    if (size > this.maxBytes / 8) {
      return;
    }
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= sizeOf(key, old);
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) {
        break;
      }
      this.entries.delete(k);
      this.bytes -= sizeOf(k, e);
    }
  }
}

/**
 * The encoding to answer with: br, then gzip, else none.
 * @param {string | undefined} accept
 * @returns {'br' | 'gzip' | undefined}
 */
export function chooseEncoding(accept) {
  if (!accept) {
    return undefined;
  }
  /** @type {Map<string, number>} */
  const q = new Map();
  for (const part of accept.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((w) => w !== undefined);
    q.set(name.trim(), weight === undefined ? 1 : Number(weight));
  }
  const allowed = (/** @type {string} */ name) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  return allowed('br') ? 'br' : allowed('gzip') ? 'gzip' : undefined;
}

/** @param {Buffer} body @param {'br' | 'gzip'} encoding */
function compress(body, encoding) {
  return encoding === 'br'
    ? brotliCompressSync(body, {
        // A 256 KB window: our bodies are smaller, and the default 4 MB one costs memory on every call.
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_LGWIN]: 18,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipSync(body, { level: 6 });
}

/**
 * @typedef {object} ResponseOptions
 * @property {boolean} https
 * @property {Array<string>} frameAncestors who may frame this page ([] for no one)
 * @property {BodyCache} cache
 * @property {string} [failedPostPage] sent with 400 instead of a 500 on a form post: Next.js fails
 *   on a tampered server-action payload, which is the client's error, not the server's
 */

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {ResponseOptions} options
 */
export function secureResponse(req, res, options) {
  const encoding = chooseEncoding(/** @type {string | undefined} */ (req.headers['accept-encoding']));
  const original = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders };
  /** @type {'hold' | 'pass' | undefined} */
  let mode;
  /** @type {Array<Buffer>} */
  const held = [];
  let heldBytes = 0;

  for (const [name, value] of Object.entries(baseHeaders({ https: options.https }))) {
    res.setHeader(name, value);
  }

  const restore = () => {
    res.write = original.write;
    res.end = original.end;
    res.writeHead = original.writeHead;
    res.flushHeaders = original.flushHeaders;
  };

  const decide = () => {
    if (mode) {
      return;
    }
    const type = String(res.getHeader('content-type') ?? '');
    const isPage = type.startsWith('text/html');
    // A 304's headers replace the cached response's: it must not bring a policy without the hashes.
    if (!isPage && res.statusCode !== 304) {
      res.setHeader('Content-Security-Policy', resourcePolicy);
    }
    const length = Number(res.getHeader('content-length') ?? 0);
    mode =
      req.method !== 'HEAD' && res.statusCode !== 304 && (isPage || compressible.test(type)) && length <= maxHeldBytes
        ? 'hold'
        : 'pass';
    if (mode === 'pass') {
      if (isPage) {
        // HEAD or 304: no body to hash.
        for (const [name, value] of Object.entries(pageHeaders({ framable: options.frameAncestors.length > 0 }))) {
          res.setHeader(name, value);
        }
        if (res.statusCode !== 304) {
          res.setHeader('Content-Security-Policy', pagePolicy({ scriptHashes: [], ...options }));
        }
      }
      restore();
    }
  };

  /** @param {unknown} chunk @param {unknown} enc */
  const hold = (chunk, enc) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') {
      return;
    }
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof enc === 'string' ? enc : 'utf8'))
        : Buffer.from(/** @type {Uint8Array} */ (chunk));
    held.push(buffer);
    heldBytes += buffer.length;
  };

  const finish = () => {
    restore();
    let body = Buffer.concat(held, heldBytes);
    if (options.failedPostPage !== undefined && req.method === 'POST' && res.statusCode >= 500) {
      res.statusCode = 400;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.removeHeader('ETag');
      body = Buffer.from(options.failedPostPage, 'utf8');
    }
    const type = String(res.getHeader('content-type') ?? '');
    const isPage = type.startsWith('text/html');
    const etag = res.getHeader('etag');
    const path = (req.url ?? '').split('?')[0] ?? '';
    // The policy depends on the page, who may frame it and HTTPS; the body on the encoding.
    const variant = `${encoding ?? 'identity'}|${options.https}|${options.frameAncestors.join(' ')}`;
    const cacheKey =
      typeof etag === 'string'
        ? `${etag}|${variant}`
        : path.startsWith('/_next/static/')
          ? `${path}|${variant}`
          : undefined;
    let entry = cacheKey ? options.cache.get(cacheKey) : undefined;
    if (!entry) {
      const csp = isPage ? pagePolicy({ scriptHashes: scriptHashes(body.toString('utf8')), ...options }) : undefined;
      const compressed = encoding && body.length > 1024 ? compress(body, encoding) : undefined;
      // Unless compressed, the cache keeps only the policy: Next.js has the body.
      entry = { ...(compressed ? { body: compressed } : {}), ...(csp ? { csp } : {}) };
      if (cacheKey && (compressed || csp)) {
        options.cache.set(cacheKey, entry);
      }
    }
    const out = entry.body ?? body;
    if (isPage) {
      res.setHeader('Content-Security-Policy', entry.csp ?? pagePolicy({ scriptHashes: [], ...options }));
      for (const [name, value] of Object.entries(pageHeaders({ framable: options.frameAncestors.length > 0 }))) {
        res.setHeader(name, value);
      }
    }
    if (entry.body) {
      res.setHeader('Content-Encoding', /** @type {string} */ (encoding));
      if (typeof etag === 'string' && !etag.startsWith('W/')) {
        res.setHeader('ETag', `W/${etag}`);
      }
    }
    if (encoding !== undefined || compressible.test(type)) {
      const vary = String(res.getHeader('vary') ?? '');
      if (!/accept-encoding/i.test(vary)) {
        res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
      }
    }
    res.setHeader('Content-Length', out.length);
    res.removeHeader('Transfer-Encoding');
    return out;
  };

  res.writeHead = /** @type {typeof res.writeHead} */ (
    function writeHead(/** @type {number} */ status, /** @type {unknown[]} */ ...rest) {
      res.statusCode = status;
      const headers = rest.find((r) => typeof r === 'object' && r !== null);
      if (typeof rest[0] === 'string') {
        res.statusMessage = rest[0];
      }
      if (Array.isArray(headers)) {
        const flat = headers.flat();
        for (let i = 0; i + 1 < flat.length; i += 2) {
          res.setHeader(String(flat[i]), /** @type {string} */ (flat[i + 1]));
        }
      } else if (headers) {
        for (const [name, value] of Object.entries(headers)) {
          if (value !== undefined) {
            res.setHeader(name, /** @type {string | number | readonly string[]} */ (value));
          }
        }
      }
      decide();
      return mode === 'pass' ? original.writeHead.call(res, res.statusCode) : res;
    }
  );
  res.flushHeaders = function flushHeaders() {
    decide();
    if (mode === 'pass') {
      original.flushHeaders.call(res);
    }
  };
  res.write = /** @type {typeof res.write} */ (
    function write(/** @type {unknown} */ chunk, /** @type {unknown} */ enc, /** @type {unknown} */ cb) {
      decide();
      if (mode === 'pass') {
        return /** @type {Function} */ (original.write).call(res, chunk, enc, cb);
      }
      hold(chunk, enc);
      const callback = typeof enc === 'function' ? enc : cb;
      if (typeof callback === 'function') {
        process.nextTick(callback);
      }
      return true;
    }
  );
  res.end = /** @type {typeof res.end} */ (
    function end(/** @type {unknown} */ chunk, /** @type {unknown} */ enc, /** @type {unknown} */ cb) {
      decide();
      if (mode === 'pass') {
        return /** @type {Function} */ (original.end).call(res, chunk, enc, cb);
      }
      hold(chunk, enc);
      const callback = [chunk, enc, cb].find((a) => typeof a === 'function');
      return /** @type {Function} */ (original.end).call(res, finish(), callback);
    }
  );
}
