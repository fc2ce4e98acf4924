// Global setup for the site tests: serves the production build exactly as `npm start` would, on a
// free port, and stops it (by its own PID) when the run ends.
import { existsSync } from 'node:fs';

import type { TestProject } from 'vitest/node';

import { startSite } from '../../scripts/lib/site-server';

declare module 'vitest' {
  // Module augmentation only works with an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export const embedOrigins = 'https://www.example.net http://esp.localhost';

export default async function setup(project: TestProject) {
  if (!existsSync('.next/BUILD_ID')) {
    throw new Error('No production build in .next: run `npm run build` first (`npm run check` does both).');
  }
  // Many tests from one address: rate limiting has its own test (limits.test.ts). The chat may be
  // framed by the example ESP's site and by the test's stand-in for it (chat.test.ts).
  const site = await startSite({ env: { RATE_LIMIT: 'off', EMBED_ORIGINS: embedOrigins } });
  project.provide('baseUrl', site.baseUrl);
  return site.stop;
}
