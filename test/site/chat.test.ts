// The chat, the ticket summary, the agent console and the embeddable launcher, in a browser.
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';

import { axeViolations, openPage, useBrowser } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

async function tap(page: Page, label: string | RegExp) {
  const before = page.url();
  await Promise.all([
    page.waitForURL((url) => url.toString() !== before),
    page
      .locator('.chips')
      .getByRole('link', { name: label, exact: typeof label === 'string' })
      .click(),
  ]);
}

async function say(page: Page, text: string) {
  const before = page.url();
  await page.getByLabel('Type your answer, or paste an error message').fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  await page.waitForURL((url) => url.toString() !== before);
}

const latest = (page: Page) => page.locator('#latest').textContent();

for (const javaScriptEnabled of [true, false]) {
  test(`a full chat by tapping answers ends at the fix (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const page = await openPage(browser(), `${base}/chat`, { javaScriptEnabled });
    expect(await latest(page)).toContain('What is sending the mail');
    await tap(page, /^A mail program/);
    await tap(page, 'Thunderbird');
    await tap(page, /^It times out/);
    await tap(page, '25');
    expect(page.url()).toBe(`${base}/chat?sender=program&client=thunderbird&symptom=timeout&port=25#latest`);
    const fix = (await latest(page)) ?? '';
    expect(fix).toMatch(/Send on port 587 with STARTTLS/);
    expectStepsFirst(fix);
    if (javaScriptEnabled) {
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('latest');
    }
    await page.context().close();
  });
}

/** The fix a customer reads: what to do, then their program's own steps, then what if it still fails, nothing twice. */
function expectStepsFirst(fix: string) {
  const at = (text: string) => fix.indexOf(text);
  expect(at('What to do')).toBeGreaterThan(0);
  expect(at('Steps for Thunderbird')).toBeGreaterThan(at('What to do'));
  expect(at("If it still doesn't work")).toBeGreaterThan(at('Steps for Thunderbird'));
  expect(fix).toContain('Outgoing Server (SMTP)');
  // The body says "the steps are below": they must be right there, not behind "The full answer".
  expect(at('The steps are below')).toBeLessThan(at('Steps for Thunderbird'));
  expect(fix).not.toContain('The full answer');
  // The answer's summary would repeat its first paragraph.
  expect(fix).not.toContain('is probably sending on port 25');
}

test('typing works too, and the bot says what it understood', async () => {
  const page = await openPage(browser(), `${base}/chat`);
  await say(page, 'I use Thunderbird on Comcast and it times out');
  const understood = await page.locator('.bubble.bot').filter({ hasText: 'I understood' }).textContent();
  expect(understood).toContain('Thunderbird');
  expect(understood).toContain('Comcast (Xfinity)');
  expect(understood).toContain('It times out');
  expect(await latest(page)).toContain('Which port is it set to send on?');
  await say(page, 'it is set to 25');
  expect(await latest(page)).toMatch(/587/);
  await page.context().close();
});

test('a provider read from the first message can be changed before its question comes, by keyboard, without JS', async () => {
  const page = await openPage(browser(), `${base}/chat`, { javaScriptEnabled: false });
  await say(page, 'I use Thunderbird on Comcast and it times out');
  expect(page.url()).toContain('isp=comcast-xfinity');
  const change = page
    .locator('.bubble.bot')
    .filter({ hasText: 'I understood' })
    .getByRole('link', { name: 'Change what I understood: Comcast (Xfinity)' });
  await change.focus();
  const before = page.url();
  await Promise.all([page.waitForURL((url) => url.toString() !== before), page.keyboard.press('Enter')]);
  expect(page.url()).not.toContain('isp=');
  expect(page.url()).toContain('client=thunderbird');
  await page.context().close();
});

test('when nothing matches, the bot says so and offers the choices again', async () => {
  const page = await openPage(browser(), `${base}/chat?sender=program`, { javaScriptEnabled: false });
  await say(page, 'purple elephants');
  expect(page.url()).toBe(`${base}/chat?sender=program&miss=1#latest`);
  expect(await page.locator('.chat-log').textContent()).toContain("I didn't understand that");
  expect(await page.locator('.chips a').count()).toBeGreaterThan(5);
  await page.context().close();
});

test('a pasted error is diagnosed in the chat without its text going into the address', async () => {
  const page = await openPage(browser(), `${base}/chat`);
  await say(
    page,
    'May 24 09:42:44 mail postfix/smtp[1]: connect to gmail-smtp-in.l.google.com[142.250.1.26]:25: Connection timed out',
  );
  expect(page.url()).not.toContain('gmail');
  expect(page.url()).toContain('diagnosis=port25-blocked');
  expect(await page.locator('.chat-log').textContent()).toContain(
    'From the error you gave: Outgoing port 25 is blocked',
  );
  await page.context().close();
});

test('a typed sentence with an error code is said back honestly, and no turn claims the customer said it', async () => {
  const page = await openPage(browser(), `${base}/chat`);
  await say(page, 'Outlook gives me 0x800CCC0E every time I press send');
  const log = (await page.locator('.chat-log').textContent()) ?? '';
  expect(page.url()).toContain('diagnosis=');
  expect(page.url()).not.toContain('0x800');
  expect(log).toContain('From the error you gave:');
  expect(log).not.toContain('I pasted');
  expect(log).not.toContain('You said');
  // What the message gave is one reply of ours, not questions we never asked and answers never typed.
  const understood = page.locator('.bubble.bot').filter({ hasText: 'From your message I understood' });
  const facts = await understood.locator('li').count();
  expect(facts).toBeGreaterThan(0);
  expect(await page.locator('.bubble.you').count()).toBe(0);
  // A tapped answer is the customer's answer: said as that, not as something they typed.
  await tap(page, (await page.locator('.chips a').first().textContent()) ?? '');
  const answers = await page.locator('.bubble.you').allTextContents();
  expect(answers.length).toBeGreaterThan(0);
  for (const answer of answers) {
    expect(answer).toMatch(/^Your answer: /);
  }
  await page.context().close();
});

test('reloading or sharing the address restores the conversation, and Back goes one turn back', async () => {
  const url = `${base}/chat?sender=program&client=apple-mail&symptom=timeout`;
  const page = await openPage(browser(), url);
  const before = await page.locator('.chat-log').textContent();
  await page.reload();
  expect(await page.locator('.chat-log').textContent()).toBe(before);
  const other = await openPage(browser(), url);
  expect(await other.locator('.chat-log').textContent()).toBe(before);
  await tap(page, '587');
  // The router commits the new turn after the address changes; go back only once it shows.
  await page.locator('.bubble.you').filter({ hasText: '587' }).last().waitFor();
  await page.goBack();
  await page.waitForURL(url);
  expect(await latest(page)).toContain('Which port is it set to send on?');
  await page.context().close();
  await other.context().close();
});

test('an earlier answer can be changed; later answers that still apply are kept', async () => {
  const page = await openPage(browser(), `${base}/chat?sender=program&client=thunderbird&symptom=timeout&port=25`);
  await Promise.all([
    page.waitForURL(/\/chat\?/),
    page
      .locator('.bubble.you')
      .filter({ hasText: /^Your answer: Thunderbird/ })
      .getByRole('link', { name: /Change/ })
      .click(),
  ]);
  expect(await latest(page)).toContain('Which mail program?');
  await tap(page, 'Apple Mail on a Mac');
  expect(page.url()).toBe(`${base}/chat?sender=program&client=apple-mail&symptom=timeout&port=25#latest`);
  expect(await latest(page)).toMatch(/587/);
  await page.context().close();
});

test('the ticket summary can be copied and downloaded, and leads to support', async () => {
  const page = await openPage(browser(), `${base}/chat?sender=program&client=thunderbird&symptom=timeout&port=25`, {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await page.getByRole('button', { name: 'Copy the summary' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('case summary');
  expect(copied).toContain('Which mail program? Thunderbird');
  expect(copied).toContain('Outcome: Send on port 587');
  expect(copied).toContain('https://help.example.net/answers/use-587?sender=program&client=thunderbird');
  expect(copied).toContain('https://help.example.net/chat?sender=program&client=thunderbird&symptom=timeout&port=25');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download as .txt' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('email-help-case-summary.txt');
  // "I still need help" is counted on the way: /need-help sends on to the email with the summary.
  const link = await page.getByRole('link', { name: /^Email support@example.net/ }).getAttribute('href');
  expect(link).toBe('/need-help?from=chat&by=email&sender=program&client=thunderbird&symptom=timeout&port=25');
  const mail = (await fetch(`${base}${link}`, { redirect: 'manual' })).headers.get('location');
  expect(mail).toMatch(/^mailto:support@example.net\?subject=Help/);
  expect(decodeURIComponent(mail ?? '')).toContain('Outcome: Send on port 587');
  expect(await axeViolations(page)).toEqual([]);
  await page.context().close();
});

test('the agent console finds an answer and copies its link and a personalised reply', async () => {
  const page = await openPage(
    browser(),
    `${base}/agents?q=send+on+port+587+instead&isp=comcast-xfinity&client=thunderbird`,
    {
      permissions: ['clipboard-read', 'clipboard-write'],
    },
  );
  const hit = page.locator('.agent-hit').filter({ hasText: 'Answer' }).first();
  await hit.getByRole('button', { name: 'Copy link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^https:\/\/help\.example\.net\/answers\/[a-z0-9-]+\?sender=program&client=thunderbird&isp=comcast-xfinity$/,
  );
  await hit.getByRole('button', { name: 'Copy reply' }).click();
  const reply = await page.evaluate(() => navigator.clipboard.readText());
  expect(reply).toContain('Thunderbird');
  // What the directory says about the customer's provider, with its year.
  expect(reply).toContain('Comcast (Xfinity) blocks outbound port 25 on cable (as reported in 2012).');
  expect(reply).toMatch(/https:\/\/help\.example\.net\/answers\//);
  expect(await axeViolations(page)).toEqual([]);
  await page.context().close();
});

test('the agent console ranks for the picked customer, labels each provider once and names a pick it does not know', async () => {
  const page = await openPage(browser(), `${base}/agents?q=port+25+blocked&isp=comcast-xfinity&client=thunderbird`, {
    viewport: { width: 1280, height: 900 },
  });
  expect(await page.locator('.agent-hit h3 a').first().getAttribute('href')).toBe(
    '/answers/use-587?sender=program&client=thunderbird&isp=comcast-xfinity',
  );
  expect(await page.locator('.agent-case').textContent()).toContain(
    'Comcast (Xfinity) blocks outbound port 25 on cable',
  );
  // Ten results to a screen at 1280 × 900, each a line or two, not a card of 230 px.
  const heights = await page
    .locator('.agent-hit')
    .evaluateAll((hits) => hits.slice(0, 10).map((h) => h.getBoundingClientRect().height));
  expect(Math.max(...heights)).toBeLessThan(110);
  expect((await page.locator('#agent-q').boundingBox())?.width).toBeGreaterThan(600);
  for (const select of ['#agent-isp', '#chat-isp']) {
    if (select === '#chat-isp') {
      await page.goto(`${base}/chat?sender=direct-server&symptom=queue-deferred`);
    }
    const labels = await page.locator(`${select} optgroup`).evaluateAll((groups) =>
      groups.flatMap((g) =>
        [...g.querySelectorAll('option')].map((o) => ({
          group: g.getAttribute('label') ?? '',
          name: o.textContent ?? '',
        })),
      ),
    );
    expect(labels.length).toBeGreaterThan(30);
    for (const { group, name } of labels) {
      expect(name, select).not.toContain(`(${group}) (${group})`);
    }
    expect(labels.find((l) => l.name.startsWith('Orange'))?.name).toBe('Orange (France)');
  }

  await page.goto(`${base}/agents?q=port+25&isp=nowhere-net&client=thunderbird`);
  expect(await page.locator('.notice[role="alert"]').textContent()).toContain('the ISP "nowhere-net"');
  expect(await page.locator('#agent-client').inputValue()).toBe('thunderbird');
  expect(await page.locator('.agent-hit h3 a').first().getAttribute('href')).toContain('client=thunderbird');
  expect(await axeViolations(page)).toEqual([]);
  await page.context().close();
});

test('the tree map lists every node and links each to a state that reaches it', async () => {
  const page = await openPage(browser(), `${base}/agents/tree`);
  expect(await page.locator('.tree-node').count()).toBe(70);
  const letter = page.locator('#node-exception-letter');
  await Promise.all([
    page.waitForURL(/\/troubleshoot\?/),
    letter.getByRole('link', { name: 'Open this step' }).click(),
  ]);
  expect(page.url()).toContain('view=agent');
  expect(await page.locator('#answer-title').textContent()).toMatch(/exception/i);
  expect(await page.locator('.agent-trail').textContent()).toContain('exception-letter');
  await page.context().close();
});

test('an ESP’s page opens the chat from the launcher snippet', async () => {
  const context = await browser().newContext({ viewport: { width: 1200, height: 900 } });
  // The test's ESP site is not on this machine's loopback address, as the help site is.
  await context.grantPermissions(['local-network-access'], { origin: 'http://esp.localhost' });
  const page = await context.newPage();
  const violations: Array<string> = [];
  page.on('console', (m) => {
    if (/Content Security Policy|frame-ancestors|Refused to/.test(m.text())) {
      violations.push(m.text());
    }
  });
  // The ESP's own website (one of EMBED_ORIGINS, see test/site/server.ts), with the README's
  // snippet on it.
  await page.route('http://esp.localhost/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Example Mail</title><h1>An ESP homepage</h1>
        <script src="${base}/embed/chat.js" data-chat-origin="${base}" async></script></html>`,
    }),
  );
  await page.goto('http://esp.localhost/');
  const launcher = page
    .locator('[data-sendhelp-launcher]')
    .getByRole('button', { name: 'Email not sending? Get help' });
  await launcher.click();
  const frame = page.frameLocator('[data-sendhelp-launcher] iframe');
  await frame.locator('#chat-title').waitFor({ state: 'attached' });
  expect(await frame.locator('.site-header').isVisible()).toBe(false);
  await page.keyboard.press('Escape');
  expect(await launcher.getAttribute('aria-expanded')).toBe('false');
  expect(violations).toEqual([]);
  await context.close();
});

test('any other website is refused the chat in a frame', async () => {
  const context = await browser().newContext();
  await context.grantPermissions(['local-network-access'], { origin: 'http://elsewhere.localhost' });
  const page = await context.newPage();
  await page.route('http://elsewhere.localhost/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Elsewhere</title><iframe title="chat" src="${base}/chat?view=embed"></iframe></html>`,
    }),
  );
  const refused = page.waitForEvent('console', (m) => m.text().includes('frame-ancestors'));
  await page.goto('http://elsewhere.localhost/');
  expect((await refused).text()).toContain('frame-ancestors');
  await context.close();
});
