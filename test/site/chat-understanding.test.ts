// What the chat reads from typed messages, in a browser from a fresh /chat page, with JavaScript
// on and off (issue 12, item 3; issue 14, item 5).
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';

import { openPage, useBrowser } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

async function say(page: Page, text: string) {
  const before = page.url();
  await page.getByLabel('Type your answer, or paste an error message').fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  await page.waitForURL((url) => url.toString() !== before);
}

const latest = (page: Page) => page.locator('#latest').textContent();
const facts = (page: Page) => {
  const params = new URL(page.url()).searchParams;
  params.delete('heard');
  return Object.fromEntries(params);
};

for (const javaScriptEnabled of [true, false]) {
  const js = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;

  test(`"can't send" alone is no symptom: the bot asks, and "it times out" answers (${js})`, async () => {
    const page = await openPage(browser(), `${base}/chat`, { javaScriptEnabled });
    await say(page, "Outlook on my office PC can't send email");
    expect(facts(page)).toEqual({ sender: 'program', client: 'outlook-classic' });
    expect(await latest(page)).toContain('What happens when you try to send?');
    await say(page, 'it times out');
    expect(facts(page)).toEqual({ sender: 'program', client: 'outlook-classic', symptom: 'timeout' });
    expect(await page.locator('.chat-log').textContent()).not.toContain("didn't understand");
    expect(await latest(page)).toContain('Which port is it set to send on?');
    await say(page, '25');
    expect(facts(page)).toMatchObject({ port: '25' });
    expect(await latest(page)).toMatch(/587/);
    await page.context().close();
  });

  test(`a first message keeps every fact it states (${js})`, async () => {
    const page = await openPage(browser(), `${base}/chat`, { javaScriptEnabled });
    await say(
      page,
      "I'm on Flow (used to be LIME) DSL, Thunderbird on port 587 with STARTTLS times out, but it works on my phone's hotspot",
    );
    expect(facts(page)).toEqual({
      sender: 'program',
      client: 'thunderbird',
      symptom: 'works-elsewhere',
      connection: 'dsl',
      isp: 'lime-st-lucia',
      port: '587',
      tls: 'starttls',
    });
    await page.context().close();
  });
}
