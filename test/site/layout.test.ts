// How pages sit on a phone and on a wide screen (issue 12): one centred column under a header of the
// same width, room between the header line and the title, the home page's two ways in of one width,
// and a directory a customer can search by any name, each provider with its badge.
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';

import { openPage, useBrowser } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) {
    throw new Error(`${selector} is not on the page`);
  }
  return found;
};

for (const width of [390, 1280]) {
  test(`at ${width} px the page lines up with the header and its title has room under the header line`, async () => {
    const page = await openPage(browser(), `${base}/troubleshoot`, { viewport: { width, height: 900 } });
    const header = await box(page, '.site-header');
    const headerContent = await box(page, '.site-header .wrap');
    const title = await box(page, 'main h1');
    expect(title.y - (header.y + header.height)).toBeGreaterThanOrEqual(20);
    // The title starts where the header's content starts: no column hugging the left of a wide screen.
    expect(Math.abs(title.x - (headerContent.x + 16))).toBeLessThanOrEqual(1);
    if (width === 1280) {
      expect(headerContent.x).toBeGreaterThan(100);
    }
    await page.context().close();
  });
}

test('on a phone the home page’s two main buttons are the same width, and the search hint fits its box', async () => {
  const page = await openPage(browser(), `${base}/`, { viewport: { width: 390, height: 900 } });
  const widths = await page
    .locator('.home-hero .cta-row .button')
    .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().width)));
  expect(widths).toHaveLength(2);
  expect(widths[0]).toBe(widths[1]);
  const hint = await page
    .locator('main input[type="search"]')
    .first()
    .evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d');
      if (!ctx) {
        return { text: 0, room: 0 };
      }
      ctx.font = style.font;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: ctx.measureText(input.placeholder).width, room };
    });
  expect(hint.text).toBeGreaterThan(0);
  expect(hint.text).toBeLessThanOrEqual(hint.room);
  await page.context().close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`/isps finds a provider by a name it is known by, with its badge (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const page = await openPage(browser(), `${base}/isps`, {
      javaScriptEnabled,
      viewport: { width: 390, height: 900 },
    });
    const all = await page.locator('.isp-row').count();
    expect(all).toBeGreaterThan(30);
    expect(await page.locator('.isp-row .badge').count()).toBe(all);
    await page.getByLabel('Provider').fill('xfinity');
    await Promise.all([page.waitForURL(/q=xfinity/), page.getByRole('button', { name: 'Find' }).click()]);
    const rows = await page.locator('.isp-row').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Comcast (Xfinity)');
    expect(rows[0]).toContain('Blocks port 25');
    await page.context().close();
  });
}
