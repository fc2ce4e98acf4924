// @ts-check
// Wraps a response so that, whatever Next.js writes, it goes out with our security headers, and
// compressible bodies go out compressed. Pages are held until complete (they are small), so their
// CSP can approve their inline scripts: those of a page prerendered at build by the hashes the build
// recorded, those of a page rendered at run time by a nonce chosen for this response, which
// replaces the secret one Next.js was given to put on its own scripts (docs/security.md). Only
// complete (200) bodies are compressed or kept; partial (206) ones pass untouched. Compressed
// bodies of prerendered pages and files are kept by ETag.
import { randomBytes } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { baseHeaders, nonceSource, pageHeaders, pagePolicy, resourcePolicy, scriptHashes } from './headers.mjs';
import { cacheStatus } from './next-internals.mjs';

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
 * @property {ReadonlySet<string>} approvedHashes hash sources of the inline scripts prerendered at
 *   build: the only hashes a page's policy may list
 * @property {string} secretNonce the nonce Next.js is given to put on its scripts (the request's
 *   CSP header); never sent: each response gets its own in its place
 * @property {string} [failedPostPage] sent with 400 instead of a 500 on a form post: Next.js fails
 *   on a tampered server-action payload, which is the client's error, not the server's
 * @property {{ type: string, body: string }} [refusedPost] sent with 405 when a POST is answered with
 *   a stored file or prerendered resource, which only GET and HEAD may fetch
 * @property {() => boolean} [closing] whether the server is shutting down
 * @property {(location: string) => string} [publicLocation] maps a redirect that Next.js aims at a
 *   private route back to the public address
 */

/** Response types that carry Next.js's scripts or the nonce on them: pages and the router's page data. */
const flightType = /^text\/x-component/;

/**
 * Every occurrence of `secret` in `body` replaced by `nonce`.
 * @param {Buffer} body
 * @param {Buffer} secret
 * @param {Buffer} nonce
 * @returns {Buffer}
 */
function replaceAll(body, secret, nonce) {
  /** @type {Array<Buffer>} */
  const parts = [];
  let from = 0;
  for (let at = body.indexOf(secret); at !== -1; at = body.indexOf(secret, from)) {
    parts.push(body.subarray(from, at), nonce);
    from = at + secret.length;
  }
  return from === 0 ? body : Buffer.concat([...parts, body.subarray(from)]);
}

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
  /** A POST answered with what a GET would fetch from storage: refused when complete. */
  let refusePost = false;
  /** @type {Array<Buffer>} */
  const held = [];
  let heldBytes = 0;
  const policy = { frameAncestors: options.frameAncestors, https: options.https };

  for (const [name, value] of Object.entries(baseHeaders({ https: options.https }))) {
    res.setHeader(name, value);
  }

  const setPageHeaders = () => {
    const framable = options.frameAncestors.length > 0;
    if (framable) {
      // next.config.ts denies framing everywhere, for plain `next start`; this page may be framed.
      res.removeHeader('X-Frame-Options');
    }
    for (const [name, value] of Object.entries(pageHeaders({ framable }))) {
      res.setHeader(name, value);
    }
  };

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
    const location = res.getHeader('location');
    if (typeof location === 'string' && options.publicLocation) {
      res.setHeader('Location', options.publicLocation(location));
    }
    // Ranges are not served (main.mjs): none are offered.
    res.removeHeader('Accept-Ranges');
    // A 304's headers replace the cached response's: it must not bring a policy without the scripts.
    if (!isPage && res.statusCode !== 304) {
      res.setHeader('Content-Security-Policy', resourcePolicy);
    }
    if (options.closing?.()) {
      // Shutting down: this connection ends with this response, so the server can stop.
      res.setHeader('Connection', 'close');
    }
    // A POST answered as a GET would be (from storage), or refused by Next.js with a bare 405.
    refusePost =
      options.refusedPost !== undefined &&
      req.method === 'POST' &&
      (res.statusCode === 405 ||
        (res.statusCode >= 200 &&
          res.statusCode < 300 &&
          cacheStatus(res) !== undefined &&
          !isPage &&
          !flightType.test(type)));
    const length = Number(res.getHeader('content-length') ?? 0);
    // Only a complete body is held: a part of one (206) is passed on as it comes.
    const complete = isPage ? res.statusCode !== 206 : res.statusCode === 200;
    // A failed form post is answered with our page instead (see finish), whatever Next.js wrote.
    const failedPost = options.failedPostPage !== undefined && req.method === 'POST' && res.statusCode >= 500;
    mode =
      refusePost ||
      failedPost ||
      (req.method !== 'HEAD' &&
        res.statusCode !== 304 &&
        complete &&
        (isPage || compressible.test(type)) &&
        length <= maxHeldBytes)
        ? 'hold'
        : 'pass';
    if (mode === 'pass') {
      if (isPage) {
        // HEAD, 304 or a part: no whole body to approve scripts in.
        setPageHeaders();
        if (res.statusCode !== 304) {
          res.setHeader('Content-Security-Policy', pagePolicy({ scripts: [], ...policy }));
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

  /** @param {number} status @param {string} page @param {Record<string, string>} [headers] */
  const replaceWith = (status, page, headers = {}) => {
    res.statusCode = status;
    for (const name of res.getHeaderNames()) {
      if (!/^(?:x-content-type-options|referrer-policy|permissions-policy|strict-transport-security)$/.test(name)) {
        res.removeHeader(name);
      }
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    for (const [name, value] of Object.entries(headers)) {
      res.setHeader(name, value);
    }
    return Buffer.from(page, 'utf8');
  };

  const finish = () => {
    restore();
    /** @type {Buffer} */
    let body = Buffer.concat(held, heldBytes);
    if (refusePost && options.refusedPost !== undefined) {
      body = replaceWith(405, options.refusedPost.body, {
        'Content-Type': options.refusedPost.type,
        Allow: 'GET, HEAD',
      });
    } else if (options.failedPostPage !== undefined && req.method === 'POST' && res.statusCode >= 500) {
      body = replaceWith(400, options.failedPostPage);
    }
    const type = String(res.getHeader('content-type') ?? '');
    const isPage = type.startsWith('text/html');
    const etag = res.getHeader('etag');
    // A page or page data rendered at run time carries the secret nonce: this response gets its own.
    const secret = Buffer.from(options.secretNonce, 'utf8');
    const rendered = (isPage || flightType.test(type)) && body.includes(secret);
    /** @type {CacheEntry} */
    let entry;
    if (rendered) {
      const nonce = randomBytes(16).toString('base64url');
      body = replaceAll(body, secret, Buffer.from(nonce, 'utf8'));
      const compressed = encoding && body.length > 1024 ? compress(body, encoding) : undefined;
      entry = {
        ...(compressed ? { body: compressed } : {}),
        ...(isPage ? { csp: pagePolicy({ scripts: [nonceSource(nonce)], ...policy }) } : {}),
      };
    } else {
      const path = (req.url ?? '').split('?')[0] ?? '';
      // The policy depends on the page, who may frame it and HTTPS; the body on the encoding.
      const variant = `${encoding ?? 'identity'}|${options.https}|${options.frameAncestors.join(' ')}`;
      const cacheKey =
        res.statusCode !== 200
          ? undefined
          : typeof etag === 'string'
            ? `${etag}|${variant}`
            : path.startsWith('/_next/static/')
              ? `${path}|${variant}`
              : undefined;
      const cached = cacheKey ? options.cache.get(cacheKey) : undefined;
      if (cached) {
        entry = cached;
      } else {
        // Of the inline scripts in the page, only those the build prerendered are approved.
        const scripts = isPage ? scriptHashes(body.toString('utf8')).filter((h) => options.approvedHashes.has(h)) : [];
        const compressed = encoding && body.length > 1024 ? compress(body, encoding) : undefined;
        // Unless compressed, the cache keeps only the policy: Next.js has the body.
        entry = {
          ...(compressed ? { body: compressed } : {}),
          ...(isPage ? { csp: pagePolicy({ scripts, ...policy }) } : {}),
        };
        if (cacheKey && (entry.body || entry.csp)) {
          options.cache.set(cacheKey, entry);
        }
      }
    }
    const out = entry.body ?? body;
    if (isPage) {
      res.setHeader('Content-Security-Policy', entry.csp ?? pagePolicy({ scripts: [], ...policy }));
      setPageHeaders();
    }
    if ((entry.body || rendered) && typeof etag === 'string' && !etag.startsWith('W/')) {
      // Another encoding, or another nonce: the same page, not the same bytes.
      res.setHeader('ETag', `W/${etag}`);
    }
    if (entry.body) {
      res.setHeader('Content-Encoding', /** @type {string} */ (encoding));
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
