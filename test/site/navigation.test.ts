// Server actions end in a client-side navigation to the next state: the chat's typed reply and the
// troubleshooter's pasted error. The page after one must come as page data from the state route,
// with no 404 on the way and no full reload (a reload would take 1.3 to 1.6 s a turn). Its own
// server, to read its request log.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { startSite, type SiteServer } from '../../scripts/lib/site-server';
import { openPage, useBrowser } from './browser';

const browser = useBrowser();
let site: SiteServer;

beforeAll(async () => {
  site = await startSite({ env: { RATE_LIMIT: 'off' } });
});

afterAll(async () => {
  await site.stop();
});

type LogLine = { method: string; path: string; status: number };

/** The request log from now on, as parsed lines. */
function logFromNow(): () => Array<LogLine> {
  const start = site.output().length;
  return () =>
    site
      .output()
      .slice(start)
      .split('\n')
      .filter((line) => line.startsWith('{"time"'))
      .map((line) => JSON.parse(line) as LogLine);
}

/** Marks the document: a full reload makes a new one, without the mark. */
async function mark(page: Page) {
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
}
const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

test('a typed chat reply moves to the next turn without a 404 or a reload', async () => {
  const page = await openPage(browser(), `${site.baseUrl}/chat`);
  await mark(page);
  const log = logFromNow();
  const documents: Array<string> = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'document') {
      documents.push(r.url());
    }
  });
  await page
    .getByLabel('Type your answer, or paste an error message')
    .fill('I use Thunderbird on Comcast and it times out');
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get('heard') !== null),
    page.getByRole('button', { name: 'Send' }).click(),
  ]);
  await page.locator('.bubble.bot').filter({ hasText: 'I understood' }).waitFor();
  expect(page.url()).toContain('client=thunderbird');
  expect(await page.locator('#latest').textContent()).toContain('Which port is it set to send on?');
  expect(await sameDocument(page)).toBe(true);
  expect(documents).toEqual([]);
  await new Promise((r) => setTimeout(r, 300));
  const lines = log();
  expect(lines.filter((l) => l.status === 404)).toEqual([]);
  // The reply was posted, and the next turn came back with it.
  expect(lines).toEqual(
    expect.arrayContaining([expect.objectContaining({ method: 'POST', path: '/chat', status: 200 })]),
  );
  await page.context().close();
});

test('a pasted error moves the troubleshooter on without a 404 or a reload', async () => {
  const page = await openPage(browser(), `${site.baseUrl}/troubleshoot?sender=direct-server`);
  await mark(page);
  const log = logFromNow();
  await page.getByText('Have an error message? Paste it instead').click();
  await page
    .getByLabel('Paste the error message, the log lines or the test output')
    .fill(
      'May 24 09:42:44 mail postfix/smtp[1]: connect to gmail-smtp-in.l.google.com[142.250.1.26]:25: Connection timed out',
    );
  await Promise.all([
    page.waitForURL(/diagnosis=port25-blocked/),
    page.getByRole('button', { name: 'Use this error' }).click(),
  ]);
  await page.waitForFunction(() => !document.querySelector('.paste-box textarea'));
  expect(page.url()).not.toContain('gmail');
  expect(await sameDocument(page)).toBe(true);
  await new Promise((r) => setTimeout(r, 300));
  expect(log().filter((l) => l.status === 404)).toEqual([]);
  await page.context().close();
});
