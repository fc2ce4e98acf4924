import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

import { expect, test } from 'vitest';

import { nodeFlags } from '../../scripts/lib/site-server';

// The tests and the benchmark start the server as `npm start` does; these must not drift apart.
test('npm start, npm run serve and the test server run server/main.mjs with the same Node.js flags', async () => {
  const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
  const command = `node ${nodeFlags.join(' ')} server/main.mjs`;
  expect(scripts.start).toBe(command);
  expect(scripts.serve?.endsWith(`&& npm run build && ${command}`)).toBe(true);
  // The build checks the content first (a broken file stops it in seconds), and writes what the
  // server reads about it (script hashes, state pages) after Next.js builds.
  expect(scripts.build).toBe('tsx scripts/check-content.ts && next build && tsx scripts/build-manifest.ts');
});

// A newcomer's local run must hand out links that work locally, not links to the example ESP.
test('npm run serve and npm run dev give shareable links the local address unless SITE_URL is set', async () => {
  const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
  for (const name of ['serve', 'dev']) {
    const setting = scripts[name]?.split(' && ')[0] ?? '';
    expect(setting, name).toMatch(/^export SITE_URL=/);
    const siteUrl = (env: Record<string, string>) =>
      execFileSync('sh', ['-c', `${setting} && printf %s "$SITE_URL"`], {
        env: { NODE_ENV: 'production', PATH: process.env.PATH ?? '', ...env },
        encoding: 'utf8',
      });
    expect(siteUrl({}), name).toBe('http://localhost:3000');
    expect(siteUrl({ PORT: '4123' }), name).toBe('http://localhost:4123');
    expect(siteUrl({ SITE_URL: 'https://help.esp.example', PORT: '4123' }), name).toBe('https://help.esp.example');
  }
});
