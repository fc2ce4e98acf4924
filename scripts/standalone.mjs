// Assembles .next/standalone into the folder the container image ships: Next.js's traced server
// files plus what it does not trace (static files, public/, content/, our server/). The Dockerfile
// runs this; so does the test that serves a read-only copy exactly as the image does.
import { cp, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

const root = process.cwd();
const out = join(root, '.next', 'standalone');
try {
  await stat(join(out, '.next', 'BUILD_ID'));
} catch {
  console.error('No standalone build in .next/standalone: run `npm run build` first.');
  process.exit(1);
}
for (const [from, to] of [
  ['.next/static', '.next/static'],
  // What the build tells our server: script hashes and state pages (scripts/build-manifest.ts).
  ['.next/sendhelp-manifest.json', '.next/sendhelp-manifest.json'],
  ['public', 'public'],
  ['content', 'content'],
  ['server', 'server'],
  ['node_modules/yaml', 'node_modules/yaml'],
  ['node_modules/ipaddr.js', 'node_modules/ipaddr.js'],
]) {
  await rm(join(out, to), { recursive: true, force: true });
  await cp(join(root, from), join(out, to), { recursive: true });
}
console.log(`Assembled ${out}`);
