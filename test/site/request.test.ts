// The site-exception request letter in a browser: fill in, warning, preview, copy, download,
// print, email, share; with and without JavaScript.
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';

import { axeViolations, openPage, useBrowser } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

async function fill(page: Page, overrides: Record<string, string> = {}, selects: Record<string, string> = {}) {
  const values: Record<string, string> = {
    business: 'Rodney Bay Marine Supplies Ltd',
    contact: 'Marie Joseph',
    email: 'it@rodneybaymarine.example',
    phone: '+1 758 555 0142',
    account: 'ADSL-204817',
    address: 'Reduit Beach Avenue\nRodney Bay, Gros Islet\nSaint Lucia',
    ip: '200.50.63.10',
    hostname: 'mail.rodneybaymarine.example',
    volume: '300',
    justification:
      'Our invoicing appliance can only send plain SMTP on port 25 and cannot use a relay with a password.',
    ...overrides,
  };
  for (const [name, value] of Object.entries(values)) {
    await page.locator(`[name="${name}"]`).first().fill(value);
  }
  for (const [name, value] of Object.entries(selects)) {
    await page.locator(`#f-${name}`).selectOption(value);
  }
  await page.locator('#f-ptr-no').check();
  await page.locator('#f-kinds-correspondence').check();
  await page.locator('#f-destinations-any').check();
  await page.locator('#f-assurances-no-open-relay').check();
  await page.locator('#f-assurances-aup').check();
}

/** What the form holds now, field by field (not React's own fields): what a customer sees on screen. */
async function formValues(page: Page): Promise<Record<string, string>> {
  return page.locator('form.request-form').evaluate((form: HTMLFormElement) => {
    const values: Record<string, string> = {};
    for (const [name, value] of new FormData(form)) {
      // React's own fields for the server function are not answers; no field here is a file.
      if (name.startsWith('$') || typeof value !== 'string') {
        continue;
      }
      values[name] = values[name] === undefined ? value : `${values[name]},${value}`;
    }
    return values;
  });
}

// A customer who starts from the empty form: every answer, the selects too, must survive each
// round trip to the server (React resets a form after its action; without JavaScript the page
// comes back), through the home-line warning, to the letter.
test.for([{ javaScript: true }, { javaScript: false }])(
  'from the empty form, through an error and the home-line warning, to a letter (JavaScript: $javaScript)',
  async ({ javaScript }) => {
    const page = await openPage(browser(), `${base}/request`, { javaScriptEnabled: javaScript });
    for (const name of ['isp', 'connection', 'server', 'business', 'ip']) {
      expect(await page.locator(`#f-${name}`).inputValue(), name).toBe('');
    }
    await fill(page, { ip: '192.168.1.20' }, { isp: 'lime-st-lucia', connection: 'dsl', server: 'exchange' });
    const filled = await formValues(page);
    await page.getByRole('button', { name: 'Prepare the letter' }).click();
    await page.locator('#error-summary').waitFor();
    expect(await page.locator('#error-summary li').allTextContents()).toEqual([
      expect.stringContaining('That is a private address'),
    ]);
    expect(await formValues(page)).toEqual(filled);

    await page.locator('#f-ip').fill('200.50.63.10');
    await page.getByRole('button', { name: 'Prepare the letter' }).click();
    await page.locator('#dynamic-title').waitFor();
    expect(await page.locator('#error-summary').count()).toBe(0);
    expect(await formValues(page)).toEqual({ ...filled, ip: '200.50.63.10' });

    await page.getByLabel('I understand; prepare the letter anyway').check();
    await page.getByRole('button', { name: 'Prepare the letter' }).click();
    await page.locator('.letter-text').waitFor();
    expect(await page.locator('#error-summary').count()).toBe(0);
    const letter = (await page.locator('.letter-text').textContent()) ?? '';
    expect(letter).toContain('Dear LIME St. Lucia (now Flow) customer support,');
    expect(letter).toContain('200.50.63.10');
    expect(letter).toContain('Microsoft Exchange');
    expect(await page.locator('#f-isp').inputValue()).toBe('lime-st-lucia');
    await page.context().close();
  },
);

test('the troubleshooter’s letter outcome leads to a prefilled form', async () => {
  const page = await openPage(
    browser(),
    `${base}/answers/exception-letter?sender=direct-server&isp=lime-st-lucia&connection=business-static&server=exchange`,
  );
  await Promise.all([
    page.waitForURL(/\/request\?/),
    page.getByRole('link', { name: 'Write the request letter' }).click(),
  ]);
  expect(page.url()).toBe(`${base}/request?isp=lime-st-lucia&connection=business-static&server=exchange`);
  expect(await page.locator('#f-isp').inputValue()).toBe('lime-st-lucia');
  expect(await page.locator('#f-connection').inputValue()).toBe('business-static');
  expect(await page.locator('#f-server').inputValue()).toBe('exchange');
  await page.context().close();
});

test('fill in, see the home-line warning, continue, preview, copy and print the letter', async () => {
  const page = await openPage(browser(), `${base}/request?isp=lime-st-lucia&connection=dsl&server=exchange`, {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await fill(page);
  await page.getByRole('button', { name: 'Prepare the letter' }).click();
  await page.locator('#dynamic-title').waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('dynamic-title');
  await page.getByLabel('I understand; prepare the letter anyway').check();
  await page.getByRole('button', { name: 'Prepare the letter' }).click();
  await page.locator('.letter-text').waitFor();
  const letter = (await page.locator('.letter-text').textContent()) ?? '';
  expect(letter).toContain('Dear LIME St. Lucia (now Flow) customer support,');
  expect(letter).toContain('Please also set the reverse DNS (PTR) record of 200.50.63.10');
  expect(letter).not.toMatch(/\{\{/);
  expect(page.url()).toBe(`${base}/request?isp=lime-st-lucia&connection=dsl&server=exchange`);

  await page.getByRole('button', { name: 'Copy the letter' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toBe('The letter was copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    'Subject: Request to allow outbound SMTP',
  );

  const share = await page.locator('#share-link').inputValue();
  expect(share).toMatch(/^https:\/\/help\.example\.net\/request\?isp=lime-st-lucia/);
  for (const secret of ['Marie', 'it%40', 'ADSL-204817', 'Reduit', '555']) {
    expect(share).not.toContain(secret);
  }

  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.letter').isVisible()).toBe(true);
  expect(await page.locator('.request-form').isVisible()).toBe(false);
  expect(await page.locator('.site-header').isVisible()).toBe(false);
  await page.emulateMedia({ media: 'screen' });
  expect(await axeViolations(page)).toEqual([]);
  await page.context().close();
});

test('without JavaScript: errors are listed, then the letter comes back and downloads as .txt', async () => {
  const page = await openPage(browser(), `${base}/request?isp=other&connection=leased-line&server=postfix`, {
    javaScriptEnabled: false,
  });
  await fill(page, { ip: '192.168.1.20', hostname: 'mail' });
  await page.getByRole('button', { name: 'Prepare the letter' }).click();
  await page.locator('.error-summary').waitFor();
  const summary = (await page.locator('.error-summary').textContent()) ?? '';
  expect(summary).toContain('That is a private address');
  expect(summary).toContain('full host name');
  expect(summary).toContain('Enter the name of your internet provider.');
  await page.locator('#f-ip').fill('200.50.63.10');
  await page.locator('#f-hostname').fill('mail.rodneybaymarine.example');
  await page.locator('#f-ispName').fill('Island Wireless');
  await page.getByRole('button', { name: 'Prepare the letter' }).click();
  await page.locator('.letter-text').waitFor();
  expect(await page.locator('.letter-text').textContent()).toContain('Dear Island Wireless customer support,');
  expect(await page.locator('#send-title + p').textContent()).toMatch(/no known route/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as .txt' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('port-25-exception-request.txt');
  await page.context().close();
});

test('what people type is shown as text, never as markup', async () => {
  const page = await openPage(browser(), `${base}/request?isp=other&connection=leased-line&server=postfix`);
  await fill(page, { business: '<img src=x onerror=alert(1)>Acme', ispName: '<b>ISP</b>' });
  await page.getByRole('button', { name: 'Prepare the letter' }).click();
  await page.locator('.letter-text').waitFor();
  expect(await page.locator('.letter img').count()).toBe(0);
  expect(await page.locator('.letter-text').textContent()).toContain('<img src=x onerror=alert(1)>Acme');
  await page.context().close();
});

test('an ISP with a known route is addressed by it, and told how to send', async () => {
  const page = await openPage(browser(), `${base}/request?isp=comcast-xfinity&connection=leased-line&server=postfix`);
  await fill(page);
  await page.getByRole('button', { name: 'Prepare the letter' }).click();
  await page.locator('.letter-text').waitFor();
  expect(await page.locator('.letter-text').textContent()).toMatch(/^.*\n\nDear Comcast[^\n]* team,/);
  const send = (await page.locator('section[aria-labelledby="send-title"]').textContent()) ?? '';
  expect(send).toContain('Customer Security Assurance');
  expect(send).toMatch(/Named team:/);
  await page.context().close();
});
