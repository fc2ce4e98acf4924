// Where each turn lands, from a fresh page, with the keyboard alone: the next question's first
// answer is one Tab away, the new message is on screen below the top edge (focus ring and all),
// and nothing a customer needs is below the fold. With JavaScript and without.
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';

import { openPage, useBrowser } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

/** Presses Tab until `selector` has the focus; the number of presses it took. */
async function tabTo(page: Page, selector: string, most = 40): Promise<number> {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      return presses;
    }
  }
  throw new Error(`${selector} never had the focus after ${most} Tabs`);
}

/** Where an element is on the screen: its top edge, and whether all of its first line shows. */
async function onScreen(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { top: Math.round(box.top), visible: box.top >= 0 && box.top + 24 <= window.innerHeight };
    });
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${el.textContent?.trim().slice(0, 60)}` : '';
  });

for (const javaScriptEnabled of [true, false]) {
  test(`troubleshooter by keyboard: each answer opens at the next question, one Tab from its first answer (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const page = await openPage(browser(), `${base}/troubleshoot`, { javaScriptEnabled });
    await tabTo(page, '.choice');
    for (const [expected, next] of [
      ['Which mail program?', 'Outlook for Windows (classic)'],
      ['What happens when you try to send?', /./],
    ] as const) {
      await Promise.all([page.waitForURL((u) => u.hash === '#step'), page.keyboard.press('Enter')]);
      await page.locator('#question-title').waitFor();
      expect(await page.locator('#question-title').textContent()).toBe(expected);
      // The new page says which question it is before anything else.
      expect(await page.title()).toContain(expected);
      const progress = await onScreen(page, '#progress-label');
      expect(progress.visible).toBe(true);
      expect(progress.top).toBeGreaterThan(0);
      expect(await onScreen(page, '#question-title')).toMatchObject({ visible: true });
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatch(/^a /);
      expect(await page.evaluate(() => document.activeElement?.matches('.choices li:first-child .choice'))).toBe(true);
      expect(await focused(page)).toMatch(next);
    }
    await page.context().close();
  });
}

test('chat by keyboard: a typed reply gives the focus back to the text box, with the new question on screen', async () => {
  const page = await openPage(browser(), `${base}/chat`, { viewport: { width: 1280, height: 800 } });
  await tabTo(page, '#chat-text');
  await page.keyboard.type('It is Thunderbird');
  const before = page.url();
  await Promise.all([page.waitForURL((u) => u.toString() !== before), page.keyboard.press('Enter')]);
  await page.locator('#latest', { hasText: 'What happens when you try to send?' }).waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('chat-text');
  expect(await page.locator('#chat-text').inputValue()).toBe('');
  // The question is on screen, clear of the top edge, not 13 Tabs away from where the typing goes.
  await expect.poll(async () => (await onScreen(page, '#latest')).visible).toBe(true);
  expect((await onScreen(page, '#latest')).top).toBeGreaterThanOrEqual(8);
  await page.context().close();
});

test('chat by keyboard: a tapped answer lands on the new question, and the next Tab is its first answer', async () => {
  const page = await openPage(browser(), `${base}/chat`);
  await tabTo(page, '.chips a');
  await Promise.all([page.waitForURL((u) => u.hash === '#latest'), page.keyboard.press('Enter')]);
  await page.locator('#latest', { hasText: 'Which mail program?' }).waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('latest');
  await expect.poll(async () => (await onScreen(page, '#latest')).top).toBeGreaterThanOrEqual(8);
  expect((await onScreen(page, '#latest')).visible).toBe(true);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.matches('.chips li:first-child a'))).toBe(true);
  await page.context().close();
});

test('chat without JavaScript: each turn, tapped or typed, opens at the new message, not at the top', async () => {
  const page = await openPage(browser(), `${base}/chat?sender=program&client=thunderbird`, {
    javaScriptEnabled: false,
  });
  await Promise.all([
    page.waitForURL((u) => u.hash === '#latest'),
    page
      .locator('.chips')
      .getByRole('link', { name: /^It times out/ })
      .click(),
  ]);
  expect(await page.locator('#latest').textContent()).toContain('Which port is it set to send on?');
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(await onScreen(page, '#latest')).toMatchObject({ visible: true });
  await page.getByLabel('Type your answer, or paste an error message').fill('port 25');
  await Promise.all([
    page.waitForURL((u) => u.searchParams.get('port') === '25'),
    page.getByRole('button', { name: 'Send' }).click(),
  ]);
  expect(new URL(page.url()).hash).toBe('#latest');
  expect(await page.locator('#latest').textContent()).toMatch(/587/);
  expect(await onScreen(page, '#latest')).toMatchObject({ visible: true });
  await page.context().close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`/diagnose shows the result at the top of the screen (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const page = await openPage(browser(), `${base}/diagnose`, { javaScriptEnabled });
    await page.getByLabel(/^Paste the error message/).fill('535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6');
    await page.getByRole('button', { name: 'Diagnose' }).click();
    await page.locator('#diagnosis-title').waitFor();
    await expect.poll(async () => (await onScreen(page, '#diagnosis-title')).top).toBeLessThan(200);
    expect(await onScreen(page, '#diagnosis-title')).toMatchObject({ visible: true });
    expect((await onScreen(page, '#result')).top).toBeGreaterThanOrEqual(0);
    if (javaScriptEnabled) {
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('diagnosis-title');
    }
    await page.context().close();
  });
}
