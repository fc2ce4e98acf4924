// @ts-check
// The security headers of every response. Pages get a Content-Security-Policy whose script-src
// allows our own files and inline scripts only the site emitted: in a page prerendered at build,
// those whose hashes the build recorded; in a page rendered at run time, those carrying the nonce
// chosen for that response (server/respond.mjs, docs/security.md). No 'unsafe-inline'. Pure: the
// tests load it directly.
import { createHash } from 'node:crypto';

/** Inline scripts that run: no src, and no type, or a JavaScript type. JSON data blocks do not run. */
const inlineScript = /<script(?![^>]*\ssrc=)((?:\s[^>]*)?)>([\s\S]*?)<\/script>/gi;
const executableType = /\stype=["']?(?:module|text\/javascript|application\/javascript)["']?/i;
const anyType = /\stype=/i;

/**
 * The CSP hash source of every inline script in an HTML document, in order, without repeats.
 * @param {string} html
 * @returns {Array<string>}
 */
export function scriptHashes(html) {
  /** @type {Set<string>} */
  const hashes = new Set();
  for (const match of html.matchAll(inlineScript)) {
    const attributes = match[1] ?? '';
    if (anyType.test(attributes) && !executableType.test(attributes)) {
      continue;
    }
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(match[2] ?? '', 'utf8')
        .digest('base64')}'`,
    );
  }
  return [...hashes];
}

/**
 * The CSP source of a nonce.
 * @param {string} nonce
 */
export const nonceSource = (nonce) => `'nonce-${nonce}'`;

/**
 * @typedef {object} PagePolicy
 * @property {Array<string>} scripts the inline scripts allowed: hash sources from scriptHashes(), or
 *   a nonce source from nonceSource()
 * @property {Array<string>} frameAncestors origins that may frame the page; empty for none
 * @property {boolean} https whether the site is served over HTTPS
 */

/**
 * The Content-Security-Policy of an HTML page.
 * @param {PagePolicy} policy
 */
export function pagePolicy({ scripts, frameAncestors, https }) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts].join(' '),
    // The brand colours are a style attribute on <html>; CSS cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "media-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.length > 0 ? frameAncestors.join(' ') : "'none'"}`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Everything that is not a page (JSON, text, scripts, images) may load nothing and be framed by no one. */
export const resourcePolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

/**
 * Headers every response carries, whatever it is.
 * @param {{ https: boolean }} options
 * @returns {Record<string, string>}
 */
export function baseHeaders({ https }) {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy':
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
    ...(https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

/**
 * Headers of an HTML page besides its CSP.
 * @param {{ framable: boolean }} options
 * @returns {Record<string, string>}
 */
export function pageHeaders({ framable }) {
  return {
    // For browsers without CSP frame-ancestors; the embeddable chat relies on frame-ancestors alone.
    ...(framable ? {} : { 'X-Frame-Options': 'DENY' }),
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * Origins from a space- or comma-separated list, each checked; the problems name each bad one.
 * @param {string} list
 * @returns {{ origins: Array<string>, problems: Array<string> }}
 */
export function parseOrigins(list) {
  /** @type {Array<string>} */
  const origins = [];
  /** @type {Array<string>} */
  const problems = [];
  for (const item of list.split(/[\s,]+/).filter(Boolean)) {
    let url;
    try {
      url = new URL(item);
    } catch {
      problems.push(`"${item}" is not an origin such as https://www.example.net`);
      continue;
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== item.replace(/\/$/, '')) {
      problems.push(`"${item}" is not an origin such as https://www.example.net (scheme and host, no path)`);
      continue;
    }
    origins.push(url.origin);
  }
  return { origins, problems };
}
