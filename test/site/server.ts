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

export default async function setup(project: TestProject) {
  if (!existsSync('.next/BUILD_ID')) {
    throw new Error('No production build in .next: run `npm run build` first (`npm run check` does both).');
  }
  const site = await startSite();
  project.provide('baseUrl', site.baseUrl);
  return site.stop;
}
