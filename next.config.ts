import type { NextConfig } from 'next';

import { readRedirects } from './lib/content/redirects';

const config: NextConfig = {
  // No framework banner in the response headers.
  poweredByHeader: false,
  reactStrictMode: true,
  // Renamed slugs and sections keep working: agents have pasted the old links into tickets.
  async redirects() {
    return (await readRedirects()).map((r) => ({ source: r.from, destination: r.to, permanent: true }));
  },
};

export default config;
