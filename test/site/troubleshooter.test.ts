// The assistant in a real browser: a walk by clicking, changing an earlier answer, no JavaScript.
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';

import { openPage, useBrowser } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

async function choose(page: Page, label: string | RegExp) {
  await Promise.all([page.waitForURL(/\/troubleshoot\?/), page.getByRole('link', { name: label }).click()]);
}

const question = (page: Page) => page.locator('#question-title').textContent();

for (const javaScriptEnabled of [true, false]) {
  test(`a customer walks from the first question to the fix by clicking (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const page = await openPage(browser(), `${base}/troubleshoot`, { javaScriptEnabled });
    expect(await question(page)).toBe('What is sending the mail that won’t go out?'.replace('’', "'"));
    await choose(page, /^A mail program on a computer/);
    expect(await question(page)).toBe('Which mail program?');
    await choose(page, 'Thunderbird');
    await choose(page, /^It times out/);
    expect(await question(page)).toBe('Which port is it set to send on?');
    await choose(page, /^25$/);
    expect(page.url()).toBe(`${base}/troubleshoot?sender=program&client=thunderbird&symptom=timeout&port=25#step`);
    expect(await page.locator('#answer-title').textContent()).toMatch(/587/);
    expect(await page.locator('#steps-title').textContent()).toBe('Steps for Thunderbird');
    // The steps a customer needs come first: right after what to do, before what if it still fails.
    const order = await page.evaluate(() =>
      ['#what-to-do', '#steps-title', '#if-it-still-doesnt-work'].map((s) => {
        const el = document.querySelector(s);
        return el ? [...document.querySelectorAll('h2, h3')].indexOf(el) : -1;
      }),
    );
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(await page.locator('#progress-label').textContent()).toBe('Done: 4 answers');
    await page.context().close();
  });
}

test('changing an earlier answer keeps the later ones that still apply', async () => {
  const page = await openPage(
    browser(),
    `${base}/troubleshoot?sender=program&client=thunderbird&symptom=timeout&port=25`,
  );
  const item = page.locator('.case-summary li').filter({ hasText: 'Which mail program?' });
  await item.getByText('Change').click();
  await Promise.all([
    page.waitForURL(/client=apple-mail/),
    item.getByRole('link', { name: 'Apple Mail on a Mac' }).click(),
  ]);
  expect(page.url()).toBe(`${base}/troubleshoot?sender=program&client=apple-mail&symptom=timeout&port=25#step`);
  expect(await page.locator('#steps-title').textContent()).toBe('Steps for Apple Mail on a Mac');
  await page.context().close();
});

test('changing an answer that sends the case down another branch asks the new questions', async () => {
  const page = await openPage(
    browser(),
    `${base}/troubleshoot?sender=program&client=thunderbird&symptom=timeout&port=25`,
  );
  const item = page.locator('.case-summary li').filter({ hasText: 'Which port is it set to send on?' });
  await item.getByText('Change').click();
  await Promise.all([page.waitForURL(/port=587/), item.getByRole('link', { name: '587', exact: true }).click()]);
  expect(await question(page)).toBe('Which encryption setting does it use?');
  await choose(page, /^STARTTLS/);
  expect(await page.locator('#answer-title').textContent()).toMatch(/465/);
  await page.context().close();
});

test('without JavaScript the ISP is chosen from a list and the port test shows the commands for the system', async () => {
  const page = await openPage(browser(), `${base}/troubleshoot?sender=direct-server&symptom=queue-deferred`, {
    javaScriptEnabled: false,
  });
  expect(await question(page)).toMatch(/internet provider/);
  await page.getByLabel('Internet provider', { exact: true }).selectOption('comcast-xfinity');
  await Promise.all([page.waitForURL(/isp=comcast-xfinity/), page.getByRole('button', { name: 'Continue' }).click()]);
  expect(await question(page)).toBe('What kind of internet connection does the server use?');
  await choose(page, "I don't know");
  expect(await question(page)).toMatch(/Which system will you run it on/);
  await choose(page, 'Windows');
  expect(await page.locator('.question-help pre').first().textContent()).toContain(
    'Test-NetConnection gmail-smtp-in.l.google.com -Port 25',
  );
  await choose(page, /^It waited and then timed out/);
  expect(await page.locator('#answer-title').textContent()).toMatch(/smart host|relay/i);
  expect(await page.locator('#isp-title').textContent()).toMatch(/Comcast/);
  await page.context().close();
});

test('the keyboard alone answers a question', async () => {
  const page = await openPage(browser(), `${base}/troubleshoot?sender=program`);
  await page.locator('.choice').first().focus();
  await Promise.all([page.waitForURL(/client=/), page.keyboard.press('Enter')]);
  expect(page.url()).toBe(`${base}/troubleshoot?sender=program&client=outlook-classic#step`);
  await page.context().close();
});

test('an answer shows the program’s steps right after what to do, says the ISP’s policy and nothing twice', async () => {
  const page = await openPage(
    browser(),
    `${base}/answers/use-587?sender=program&client=thunderbird&isp=lime-st-lucia&connection=dsl`,
  );
  const order = await page.evaluate(() =>
    ['#what-to-do', '#steps-title', '#if-it-still-doesnt-work'].map((s) => {
      const el = document.querySelector(s);
      return el ? [...document.querySelectorAll('h2, h3')].indexOf(el) : -1;
    }),
  );
  expect(order[0]).toBeGreaterThanOrEqual(0);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  const main = (await page.locator('main').textContent()) ?? '';
  expect(main).toContain('LIME St. Lucia (now Flow) blocks outbound port 25 on DSL or ADSL (as reported in 2009).');
  expect(main).not.toMatch(/possibly LIME/);
  // The summary (the page's description) would repeat the first paragraph.
  const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
  expect(description.length).toBeGreaterThan(20);
  expect(main).not.toContain(description.slice(0, 40));
  await page.context().close();
});
