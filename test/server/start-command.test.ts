import { readFile } from 'node:fs/promises';

import { expect, test } from 'vitest';

import { nodeFlags } from '../../scripts/lib/site-server';

// The tests and the benchmark start the server as `npm start` does; these must not drift apart.
test('npm start, npm run serve and the test server run server/main.mjs with the same Node.js flags', async () => {
  const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
  const command = `node ${nodeFlags.join(' ')} server/main.mjs`;
  expect(scripts.start).toBe(command);
  expect(scripts.serve?.endsWith(`&& npm run build && ${command}`)).toBe(true);
  // The build writes what the server reads about it (script hashes, state pages) after Next.js builds.
  expect(scripts.build).toBe('next build && tsx scripts/build-manifest.ts');
});
