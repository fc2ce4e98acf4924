// Every internal link and anchor on the built site resolves: the pages in the sitemap and every
// page they link to, followed through the site; assistant states (links with a query) are checked
// one step deep, since each leads to more.
import { expect, inject, test } from 'vitest';

const base = inject('baseUrl');
const site = 'https://help.example.net';

type Page = { status: number; html: string; ids: Set<string> };
const pages = new Map<string, Promise<Page>>();

function load(path: string): Promise<Page> {
  let page = pages.get(path);
  if (!page) {
    page = fetch(`${base}${path}`).then(async (res) => {
      const html = res.headers.get('content-type')?.startsWith('text/html') ? await res.text() : '';
      await res.body?.cancel().catch(() => undefined);
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1] ?? '')));
      return { status: res.status, html, ids };
    });
    pages.set(path, page);
  }
  return page;
}

const decodeEntities = (s: string) =>
  s
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');

/** Internal links of a page: href and src, made relative to the site; the rest are not ours to check. */
function links(html: string): Array<string> {
  const found = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? ''));
  return found.flatMap((url) => {
    if (url.startsWith(site)) {
      return [url.slice(site.length) || '/'];
    }
    return url.startsWith('/') && !url.startsWith('//') ? [url] : url.startsWith('#') ? [url] : [];
  });
}

test('every internal link and anchor on the site resolves', { timeout: 240_000 }, async () => {
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
  const queue = [
    ...[...sitemap.matchAll(/<loc>https:\/\/help\.example\.net([^<]*)<\/loc>/g)].map((m) => m[1] || '/'),
    '/agents',
    '/agents/tree',
    '/search?q=port+587',
    '/isps?country=GB',
  ];
  const seen = new Set(queue);
  const broken: Array<string> = [];
  let checked = 0;
  while (queue.length > 0) {
    const from = queue.shift() ?? '/';
    const page = await load(from);
    for (const link of links(page.html)) {
      const [path = '', fragment] = link.split('#');
      const target = path === '' ? from : path;
      if (target.startsWith('/need-help?')) {
        // "I still need help" leaves the site (to the support page or an email) once it is counted.
        const res = await fetch(`${base}${target}`, { redirect: 'manual' });
        checked++;
        if (res.status !== 303) {
          broken.push(`${from} → ${link}: ${res.status}`);
        }
        continue;
      }
      const result = await load(target);
      checked++;
      if (result.status !== 200) {
        broken.push(`${from} → ${link}: ${result.status}`);
        continue;
      }
      if (fragment && !result.ids.has(decodeURIComponent(fragment))) {
        broken.push(`${from} → ${link}: no element with id "${fragment}"`);
      }
      // Pages are followed; states (a query) and files are checked, not followed.
      if (!seen.has(target) && !target.includes('?') && result.html !== '') {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  process.stdout.write(`links: ${checked} checked on ${seen.size} pages, ${pages.size} distinct targets\n`);
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(80);
});
