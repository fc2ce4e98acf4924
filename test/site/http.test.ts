// The built site over HTTP, as a crawler or a browser without JavaScript sees it.
import { beforeAll, describe, expect, inject, test } from 'vitest';

import { loadLibrary } from '@/lib/content/library';
import { pages } from '@/scripts/bench/pages';

const base = inject('baseUrl');
let slugs: Array<string> = [];

beforeAll(async () => {
  slugs = (await loadLibrary()).articles.map((a) => a.slug);
});

async function get(path: string, init?: RequestInit) {
  const res = await fetch(`${base}${path}`, { redirect: 'manual', ...init });
  // React separates adjacent text with empty comments; read the page as a person would.
  return { res, body: (await res.text()).replaceAll('<!-- -->', '') };
}

function meta(html: string, pattern: RegExp): string | undefined {
  return pattern.exec(html)?.[1];
}

describe('every page in the sitemap', () => {
  test('is listed with absolute URLs on the configured host', async () => {
    const { res, body } = await get('/sitemap.xml');
    expect(res.status).toBe(200);
    const urls = [...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(urls).toContain('https://help.example.net/');
    expect(urls).toContain('https://help.example.net/articles');
    expect(urls.filter((u) => u?.includes('/articles/'))).toHaveLength(slugs.length);
  });

  test('answers 200 with a title, a description and a canonical URL', async () => {
    const { body: sitemap } = await get('/sitemap.xml');
    const paths = [...sitemap.matchAll(/<loc>https:\/\/help\.example\.net([^<]*)<\/loc>/g)].map((m) => m[1] || '/');
    expect(paths.length).toBeGreaterThan(80);
    for (const path of paths) {
      const { res, body } = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toContain('text/html');
      expect(meta(body, /<title>([^<]+)<\/title>/), path).toMatch(/Example Mail Help/);
      expect(meta(body, /<meta name="description" content="([^"]+)"/), path).toBeTruthy();
      expect(meta(body, /<link rel="canonical" href="([^"]+)"/), path).toBe(
        `https://help.example.net${path === '/' ? '' : path}`,
      );
    }
  });
});

// A phone paints the text as soon as the page has arrived: nothing it must fetch first (a stylesheet,
// a script that is neither async nor deferred). See docs/performance.md, "The largest paint".
test.for(pages)('$name ($path) needs no other request before its first paint', async ({ path }) => {
  const { res, body } = await get(path);
  expect(res.status, path).toBe(200);
  const head = /<head>([\s\S]*?)<\/head>/.exec(body)?.[1] ?? '';
  expect(head.match(/<link[^>]*rel="stylesheet"[^>]*>/g) ?? [], path).toEqual([]);
  const blocking = [...head.matchAll(/<script[^>]*\ssrc="[^"]*"[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\s(?:async|defer|noModule)(?:=|\s|>)/i.test(tag));
  expect(blocking, path).toEqual([]);
  // The site's own styles are there, in the page.
  expect(head, path).toMatch(/<style[^>]*>[^<]*\.skip-link[^<]*<\/style>/);
});

test('an article page is complete without JavaScript: headings, anchors, contents, sources, review date', async () => {
  const { body } = await get('/articles/smtp-ports-explained');
  expect(body).toContain('<h1 id="article-title">Port 25, 587, 465 and 2525 explained</h1>');
  expect(body).toContain('<h2 id="tls-mode-must-match-port">');
  expect(body).toContain('href="#tls-mode-must-match-port"');
  expect(body).toMatch(/aria-label="Link to section: [^"]+" href="#which-port"|href="#which-port"/);
  expect(body).toContain('On this page');
  expect(body).toContain('Sources');
  expect(body).toMatch(/Last reviewed <time dateTime="\d{4}-\d{2}-\d{2}"/i);
  expect(body).toContain('smtp.example.net');
  expect(body).not.toContain('{{');
});

test('every article has an Open Graph image rendered as PNG', async () => {
  const { body } = await get('/articles/thunderbird-outgoing-server');
  const image = meta(body, /<meta property="og:image" content="([^"]+)"/);
  expect(image).toMatch(/^https:\/\/help\.example\.net\/articles\/thunderbird-outgoing-server\/opengraph-image/);
  const res = await fetch(`${base}${new URL(image ?? '').pathname}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/png');
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
});

test('search is server-rendered: /search?q= lists the matching article', async () => {
  const { res, body } = await get('/search?q=thunderbird');
  expect(res.status).toBe(200);
  expect(body).toContain('href="/articles/thunderbird-outgoing-server"');
  expect(body).toContain('name="robots" content="noindex, follow"');
});

test('search tolerates a typo on the server too', async () => {
  const { body } = await get('/search?q=thunderbrid');
  expect(body).toContain('href="/articles/thunderbird-outgoing-server"');
});

test.for([
  { path: '/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', escaped: '&lt;script&gt;alert(1)&lt;/script&gt;' },
  {
    path: '/search?q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    escaped: '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;',
  },
])('search escapes hostile input: $path', async ({ path, escaped }) => {
  const { res, body } = await get(path);
  expect(res.status).toBe(200);
  expect(body).not.toMatch(/<script>alert|<img src=x/);
  expect(body).toContain(escaped);
});

test.for([`/search?q=${'a'.repeat(5000)}`, '/search?q=a&q=b&q=c', '/search?q=%F0%9F%93%A7%E2%80%AE%00', '/search?q=%'])(
  'search answers odd queries calmly: %s',
  async (path) => {
    const { res } = await get(path);
    expect(res.status).toBeLessThan(500);
  },
);

test('an unknown article is a helpful 404', async () => {
  const { res, body } = await get('/articles/no-such-article');
  expect(res.status).toBe(404);
  expect(body).toContain('find that page');
  expect(body).toContain('action="/search"');
  expect(body).toContain('href="/articles/why-isps-block-port-25"');
});

test('robots.txt allows crawling and names the sitemap', async () => {
  const { res, body } = await get('/robots.txt');
  expect(res.status).toBe(200);
  expect(body).toContain('Sitemap: https://help.example.net/sitemap.xml');
  expect(body).toMatch(/Allow: \//);
});

test.for([
  { path: '/favicon.ico', type: 'image/x-icon' },
  { path: '/icon.svg', type: 'image/svg+xml' },
  { path: '/apple-icon.png', type: 'image/png' },
  { path: '/diagrams/message-path.svg', type: 'image/svg+xml' },
  { path: '/search-index.json', type: 'application/json' },
])('$path is served as $type', async ({ path, type }) => {
  const res = await fetch(`${base}${path}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain(type);
});

test('the framework does not announce itself', async () => {
  const { res } = await get('/');
  expect(res.headers.get('x-powered-by')).toBeNull();
});

test('the troubleshooter works as plain links: each option is a URL with one more answer', async () => {
  const { res, body } = await get('/troubleshoot?sender=program');
  expect(res.status).toBe(200);
  expect(body).toContain('Which mail program?');
  expect(body).toContain('href="/troubleshoot?sender=program&amp;client=thunderbird#step"');
  expect(body).toContain('name="robots" content="noindex, nofollow"');
});

test('the troubleshooter ends at the answer, personalised, with a permalink for agents', async () => {
  const { body } = await get('/troubleshoot?sender=program&client=thunderbird&symptom=timeout&port=25');
  expect(body).toContain('Steps for Thunderbird');
  expect(body).toContain('href="/answers/use-587?sender=program&amp;client=thunderbird"');
  expect(body).toContain('Reply text for support agents');
  expect(body).not.toContain('{{');
});

test('a broken troubleshooter link leads to the state it can show instead of failing', async () => {
  const broken = await fetch(`${base}/troubleshoot?sender=robot&client=thunderbird`, { redirect: 'manual' });
  expect(broken.status).toBe(308);
  expect(broken.headers.get('location')).toBe('/troubleshoot?client=thunderbird');
  const { res, body } = await get('/troubleshoot?client=thunderbird');
  expect(res.status).toBe(200);
  expect(body).not.toContain('This link has a mistake in it');
});

test('an answer page is personalised by its query, and plain without one', async () => {
  const plain = await get('/answers/use-587');
  const thunderbird = await get(
    '/answers/use-587?sender=program&client=thunderbird&isp=comcast-xfinity&connection=cable',
  );
  expect(plain.res.status).toBe(200);
  expect(plain.body).toContain('your mail program');
  expect(plain.body).toContain('Show the steps for');
  expect(thunderbird.body).toContain('Steps for Thunderbird');
  expect(thunderbird.body).toContain('About Comcast');
  expect(thunderbird.body).toContain('as reported in 2012');
});

test('an unknown answer is a 404', async () => {
  expect((await get('/answers/use-999')).res.status).toBe(404);
});

test('the ISP directory filters by country without JavaScript', async () => {
  const { body } = await get('/isps?country=LC');
  expect(body).toContain('href="/isps/lime-st-lucia"');
  expect(body).not.toContain('href="/isps/comcast-xfinity"');
  const odd = await get('/isps?country=%3Cb%3E');
  expect(odd.res.status).toBe(200);
  expect(odd.body).toContain('&lt;b&gt;');
});

test('the ISP directory finds a provider by any of its names, without JavaScript', async () => {
  const { body } = await get('/isps?q=xfinity');
  expect(body).toContain('href="/isps/comcast-xfinity"');
  expect(body).not.toContain('href="/isps/lime-st-lucia"');
  expect(body).toContain('1 provider matches');
  expect(body).toContain('Blocks port 25');
  expect(body).toContain('Blocked on cable (2012)');
  const none = await get('/isps?q=%3Cscript%3Ex');
  expect(none.body).toContain('No provider here matches');
  expect(none.body).toContain('&lt;script&gt;x');
  expect(none.body).not.toContain('<script>x');
});

test('an ISP page shows the policy with its year and leads into the troubleshooter', async () => {
  const { body } = await get('/isps/lime-st-lucia');
  expect(body).toContain('as reported in 2009');
  // The 2009 post names the higher price of a business package, not a fee (issue 15 item 12).
  expect(body).toContain('Available. Reported to need a business plan.');
  expect(body).not.toContain('and a fee');
  // Aliases are for matching what customers type, not for reading.
  expect(body).not.toContain('Also known as');
  expect(body).toContain('href="/troubleshoot?isp=lime-st-lucia"');
});

test('without INSIGHTS_PASSWORD there are no insights pages, and the agent console does not link to them', async () => {
  for (const path of ['/insights', '/insights/sign-in', '/insights/export/answers.csv']) {
    expect((await fetch(`${base}${path}`, { redirect: 'manual' })).status, path).toBe(404);
  }
  expect(await (await fetch(`${base}/agents`)).text()).not.toContain('href="/insights"');
});

test('the privacy note says what is recorded and what never is, and every page links to it', async () => {
  const { res, body } = await get('/privacy');
  expect(res.status).toBe(200);
  expect(body).toContain('What is never recorded');
  expect(body).toContain('Your IP address, your browser (its user agent), or any cookie or other identifier for you.');
  expect((await get('/')).body).toContain('<a href="/privacy">What this site records</a>');
});
