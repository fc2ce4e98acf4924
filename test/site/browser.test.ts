// What only a browser shows: anchors and the table of contents, instant search, accessibility,
// small screens, the keyboard, and the site with JavaScript turned off.
import { expect, inject, test } from 'vitest';

import { axeViolations, openPage, useBrowser } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

const pages = {
  home: '/',
  articles: '/articles',
  article: '/articles/smtp-ports-explained',
  'long article': '/articles/relay-through-smart-host',
  search: '/search?q=outlook',
  'not found': '/articles/no-such-article',
  'troubleshooter start': '/troubleshoot',
  'troubleshooter ISP question': '/troubleshoot?sender=direct-server&symptom=queue-deferred',
  'troubleshooter port test':
    '/troubleshoot?sender=direct-server&symptom=queue-deferred&isp=other&connection=unknown&os=windows',
  'troubleshooter outcome': '/troubleshoot?sender=program&client=thunderbird&symptom=timeout&port=25',
  answer: '/answers/exception-letter?sender=direct-server&isp=lime-st-lucia&connection=dsl',
  providers: '/isps',
  diagnose: '/diagnose',
  request: '/request?isp=lime-st-lucia',
  'chat start': '/chat',
  'chat outcome': '/chat?sender=program&client=thunderbird&symptom=timeout&port=25&heard=client',
  'chat ISP question': '/chat?sender=direct-server&symptom=queue-deferred&miss=1',
  'agent console': '/agents?q=port+25',
  'tree map': '/agents/tree',
  'agent view': '/troubleshoot?sender=program&client=thunderbird&view=agent',
  provider: '/isps/comcast-xfinity',
};

test('the table of contents and the section anchors lead to their headings', async () => {
  const page = await openPage(browser(), `${base}/articles/smtp-ports-explained`);
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').nth(2).click();
  const hash = await page.evaluate(() => window.location.hash);
  expect(hash).toMatch(/^#[a-z0-9-]+$/);
  const target = page.locator(hash);
  await expect.poll(() => target.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);

  const anchor = page.getByRole('link', { name: /^Link to section: .*must match/ });
  await anchor.click();
  expect(await page.evaluate(() => window.location.hash)).toBe('#tls-mode-must-match-port');
  await page.context().close();
});

test('a pasted link to a section opens at that section', async () => {
  const page = await openPage(browser(), `${base}/articles/relay-through-smart-host#postfix`);
  const top = () => page.locator('#postfix').evaluate((el) => el.getBoundingClientRect().top);
  await expect.poll(top).toBeLessThan(120);
  expect(await top()).toBeGreaterThanOrEqual(0);
  await page.context().close();
});

test('instant search finds an article as you type, typos included, and keeps the URL shareable', async () => {
  const page = await openPage(browser(), `${base}/search`);
  await page.getByRole('searchbox', { name: 'Search the help articles' }).fill('thunderbrd smtp');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect
    .poll(() => results.getByRole('link').allTextContents())
    .toContainEqual(expect.stringMatching(/Thunderbird/));
  await expect.poll(() => page.url()).toBe(`${base}/search?q=thunderbrd%20smtp`);
  expect(await page.getByRole('status').textContent()).toMatch(/match/);
  await page.context().close();
});

test('instant search lands on the exact section for an error code', async () => {
  const page = await openPage(browser(), `${base}/search`);
  await page.getByRole('searchbox').fill('0x800CCC0E');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect
    .poll(() => results.getByRole('link').first().getAttribute('href'))
    .toBe('/articles/outlook-classic-outgoing-server');
  await page.context().close();
});

// One test per page and scheme: each names its page when it fails and has its own time limit. In
// the dark scheme only the rules that read colours run: the rest see the same page as in light.
const axeCases = (['light', 'dark'] as const).flatMap((scheme) =>
  Object.entries(pages).map(([name, path]) => ({ name, path, scheme })),
);
test.for(axeCases)('axe finds no violations on the $name page ($scheme)', async ({ path, scheme }) => {
  const page = await openPage(browser(), `${base}${path}`, { colorScheme: scheme });
  expect(await axeViolations(page, { colourOnly: scheme === 'dark' })).toEqual([]);
  await page.context().close();
});

test.for(Object.entries(pages))('the %s page does not scroll sideways on a 320 px wide phone', async ([, path]) => {
  const page = await openPage(browser(), `${base}${path}`, { viewport: { width: 320, height: 640 } });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
  await page.context().close();
});

test('the keyboard reaches the skip link first and it moves focus to the content', async () => {
  const page = await openPage(browser(), `${base}/articles/test-smtp-ports`);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  await page.context().close();
});

test('without JavaScript: search from the home page, read the article, follow its contents', async () => {
  const page = await openPage(browser(), `${base}/`, { javaScriptEnabled: false });
  await page.getByRole('searchbox').fill('spamhaus');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/\/search\?q=spamhaus/);
  await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().click();
  await page.waitForURL(/\/articles\/spamhaus-pbl/);
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first().click();
  expect(page.url()).toMatch(/\/articles\/spamhaus-pbl#[a-z0-9-]+$/);
  await page.context().close();
});

test('without JavaScript the search page still answers, typos included', async () => {
  const page = await openPage(browser(), `${base}/search`, { javaScriptEnabled: false });
  await page.getByRole('searchbox').fill('revers dns');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\?q=revers\+dns/);
  expect(await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().getAttribute('href')).toBe(
    '/articles/reverse-dns-ptr',
  );
  await page.context().close();
});

test('printing an article leaves out navigation and shows where links go', async () => {
  const page = await openPage(browser(), `${base}/articles/spamhaus-pbl`);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.site-header').isVisible()).toBe(false);
  expect(await page.locator('.toc').isVisible()).toBe(false);
  expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
  const after = await page
    .locator('.sources a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
  await page.context().close();
});

test.for(Object.entries(pages))(
  'the %s page runs its scripts under the Content-Security-Policy, without a violation',
  async ([, path]) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const refused: Array<string> = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) {
        refused.push(m.text());
      }
    });
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    // Next.js's runtime announces itself once its inline bootstrap and chunks have run.
    const hydrated = await page.evaluate(() => typeof (window as { next?: { version?: string } }).next?.version);
    expect({ refused, hydrated }).toEqual({ refused: [], hydrated: 'string' });
    await context.close();
  },
);
