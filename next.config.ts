import type { NextConfig } from 'next';

import { readRedirects } from './lib/content/redirects';
import { env } from './lib/env';
import { baseHeaders, pageHeaders } from './server/headers.mjs';

const asList = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

const config: NextConfig = {
  // No framework banner in the response headers.
  poweredByHeader: false,
  // Our server (server/respond.mjs) compresses, after it has read each page to hash its scripts.
  compress: false,
  // The container image ships .next/standalone (see scripts/standalone.mjs and the Dockerfile),
  // without the image optimiser's native binaries: no page uses next/image (OG images use next/og).
  output: 'standalone',
  outputFileTracingExcludes: { '*': ['node_modules/@img/**', 'node_modules/sharp/**'] },
  // So /_next/image answers 404 instead of fetching and resizing images for anyone who asks.
  images: { unoptimized: true },
  // The benchmark builds generated content sets into their own folders, with a tsconfig of their
  // own: Next.js adds each build folder's types to the tsconfig it is given.
  distDir: env.SENDHELP_DIST_DIR ?? '.next',
  ...(env.SENDHELP_DIST_DIR ? { typescript: { tsconfigPath: '.bench/tsconfig.json' } } : {}),
  reactStrictMode: true,
  // The in-memory cache of rendered states (and prerendered pages read from disk): about 70 KB a
  // state, so over two hundred, enough for the states customers share on a busy day; kept small so
  // the server stays under 300 MB resident (npm run soak).
  cacheMaxMemorySize: 16 * 1024 * 1024,
  // Assistant states are cached in memory only, never written to disk: server/main.mjs turns
  // Next.js's isrFlushToDisk off when it serves the build. (Set here, the build would list it as an
  // experiment with a red cross that reads like a failure; the build itself writes nothing more.)

  // The fixed security headers (server/headers.mjs), so that plain `next start` is not left bare.
  // The site's own server sends them too, with what depends on the request: each page's
  // Content-Security-Policy, HSTS over HTTPS, and the embeddable chat's leave to be framed.
  headers() {
    return Promise.resolve([
      { source: '/:path*', headers: asList({ ...baseHeaders({ https: false }), ...pageHeaders({ framable: false }) }) },
    ]);
  },
  // Renamed slugs and sections keep working: agents have pasted the old links into tickets.
  async redirects() {
    return (await readRedirects()).map((r) => ({ source: r.from, destination: r.to, permanent: true }));
  },
};

export default config;
