import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

const alias = {
  '@': fileURLToPath(new URL('.', import.meta.url)),
  // Outside Next.js the marker package would throw; loaders are plain Node code in tests.
  'server-only': fileURLToPath(new URL('./test/support/empty.ts', import.meta.url)),
};

export default defineConfig({
  test: {
    // CI reads test-results/vitest.json for its "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/site/**', 'test/budgets/**'],
          environment: 'node',
          setupFiles: ['test/support/fail-on-console.ts'],
          // Loading and checking all of content/ takes a few seconds alone, far longer on a busy machine.
          hookTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          environment: 'node',
          // One production server for every file; started and stopped by this setup.
          globalSetup: ['test/site/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file drives its own Chromium; on 2 cores, one at a time is fastest.
          fileParallelism: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'budgets',
          include: ['test/budgets/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/site/server.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Lighthouse times the page on this machine: after everything else, with the CPU to itself.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
