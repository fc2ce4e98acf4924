// First-load JavaScript of pages on a running server: every <script src> in the HTML, fetched and
// gzipped, summed. Usage: node scripts/first-load-js.mjs http://127.0.0.1:3000 / /articles/x ...
import { gzipSync } from 'node:zlib';

const [base, ...paths] = process.argv.slice(2);
if (!base || paths.length === 0) {
  console.error('usage: node scripts/first-load-js.mjs BASE_URL PATH...');
  process.exit(2);
}
for (const path of paths) {
  const html = await (await fetch(new URL(path, base))).text();
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, m) => n + gzipSync(m[1]).length,
    0,
  );
  console.log(
    `${path}: ${sources.length} scripts, ${(gzip / 1024).toFixed(1)} KB gzip (${(raw / 1024).toFixed(1)} KB raw), inline ${(inline / 1024).toFixed(1)} KB gzip`,
  );
}
