// "Did this solve it?" and /insights, end to end on a server of their own: votes with JavaScript
// on and off, the API and its limits, what the recorder counts, and the staff's sign-in. Each test
// comes from its own address (TRUST_PROXY=1 and X-Forwarded-For), so daily damping and rate limits
// apply to it alone.
import { join } from 'node:path';

import Sqlite from 'better-sqlite3';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { startSite, type SiteServer } from '../../scripts/lib/site-server';
import { axeViolations, openPage, useBrowser } from './browser';
import { checkContract } from './contract';
import { fillLetterForm } from './letter-form';

const password = 'correct-horse-battery-staple';
const browser = useBrowser();
let site: SiteServer;
let base: string;
let addresses = 0;
/** A new client address for each use. */
const address = () => `198.51.100.${++addresses}`;

beforeAll(async () => {
  site = await startSite({ env: { RATE_LIMIT: 'off', TRUST_PROXY: '1', INSIGHTS_PASSWORD: password } });
  base = site.baseUrl;
}, 120_000);

afterAll(async () => {
  await site.stop();
});

const open = (path: string, options: BrowserContextOptions = {}) =>
  openPage(browser(), `${base}${path}`, { extraHTTPHeaders: { 'x-forwarded-for': address() }, ...options });

/** The counts the server has written so far, read from its SQLite file. */
function counts(type: string, subject?: string): Array<{ subject: string; detail: string; n: number }> {
  const db = new Sqlite(join(site.dataDir ?? '', 'events.sqlite'), { readonly: true });
  try {
    return db
      .prepare<[string, string, string], { subject: string; detail: string; n: number }>(
        "SELECT subject, detail, SUM(n) AS n FROM counts WHERE type = ? AND (? = '' OR subject = ?) GROUP BY subject, detail ORDER BY subject, detail",
      )
      .all(type, subject ?? '', subject ?? '');
  } finally {
    db.close();
  }
}

/** Waits for the recorder's next write (every 2 s) to contain what is expected. */
async function eventually(read: () => unknown, expected: unknown): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      expect(read()).toEqual(expected);
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw error;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

async function vote(page: Page, button: string) {
  await page.locator('#feedback').getByRole('button', { name: button, exact: true }).click();
}

for (const javaScriptEnabled of [true, false]) {
  const mode = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;

  test(`yes on an article says thank you in place (${mode})`, async () => {
    const page = await open('/articles/spamhaus-pbl', { javaScriptEnabled });
    if (javaScriptEnabled) {
      await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    }
    await vote(page, 'Yes');
    await page.locator('#feedback-yes').waitFor({ state: 'visible' });
    expect(await page.locator('#feedback-yes').textContent()).toBe('Glad it worked. Thank you for telling us.');
    expect(await page.locator('.feedback-ask').isVisible()).toBe(false);
    if (javaScriptEnabled) {
      // No reload: the page is the one the test marked, and keyboard focus moved to the answer.
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('feedback-yes');
      expect(page.url()).toBe(`${base}/articles/spamhaus-pbl`);
    } else {
      expect(page.url()).toBe(`${base}/articles/spamhaus-pbl#feedback-yes`);
    }
    if (javaScriptEnabled) {
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.context().close();
  });

  test(`no at the troubleshooter's answer asks why, then shows the way forward (${mode})`, async () => {
    const path = '/troubleshoot?sender=program&client=thunderbird&symptom=timeout&port=25';
    const page = await open(path, { javaScriptEnabled });
    await vote(page, 'No');
    await page.locator('#feedback-no').waitFor({ state: 'visible' });
    expect(await page.locator('#feedback-no legend').textContent()).toBe('Sorry it didn’t. What went wrong?');
    expect(await page.locator('#feedback-no button').allTextContents()).toEqual([
      'It didn’t work',
      'I didn’t understand it',
      'It’s not my situation',
      'Something else',
    ]);
    await vote(page, javaScriptEnabled ? 'It didn’t work' : 'Something else');
    await page.locator('#feedback-thanks').waitFor({ state: 'visible' });
    const forward = page.locator('#feedback-thanks .feedback-forward a');
    expect(await forward.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/chat/summary?sender=program&client=thunderbird&symptom=timeout&port=25',
      '/need-help?from=answer/use-587&by=email&sender=program&client=thunderbird&symptom=timeout&port=25',
      '/need-help?from=answer/use-587&by=page&sender=program&client=thunderbird&symptom=timeout&port=25',
    ]);
    expect(page.url()).toBe(`${base}${path}${javaScriptEnabled ? '' : '#feedback-thanks'}`);
    await page.context().close();
  });
}

test('the chat’s remedy turn asks too, and the keyboard alone can answer', async () => {
  const page = await open('/chat?sender=program&client=thunderbird&symptom=timeout&port=25');
  const yes = page.locator('#feedback').getByRole('button', { name: 'Yes', exact: true });
  await yes.focus();
  await page.keyboard.press('Enter');
  await page.locator('#feedback-yes').waitFor({ state: 'visible' });
  expect(await page.locator('[aria-live="polite"]', { hasText: 'Glad it worked' }).count()).toBe(1);
  await page.context().close();
});

test('votes are counted per day, a repeat from the same address only once, with the reason', async () => {
  const from = address();
  const post = (body: unknown) =>
    fetch(`${base}/api/v1/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify(body),
    });
  for (const body of [
    { target: 'answer/smart-host', helpful: false },
    { target: 'answer/smart-host', helpful: false },
    { target: 'answer/smart-host', reason: 'not-my-situation' },
  ]) {
    const res = await post(body);
    expect(res.status).toBe(202);
    expect(await checkContract(base, 'POST', res)).toEqual({ received: true });
  }
  await eventually(
    () => [...counts('vote', 'answer/smart-host'), ...counts('reason', 'answer/smart-host')],
    [
      { subject: 'answer/smart-host', detail: 'no', n: 1 },
      { subject: 'answer/smart-host', detail: 'not-my-situation', n: 1 },
    ],
  );
});

test.for([
  { name: 'broken JSON', body: '{"target":', parameter: 'body' },
  { name: 'a list', body: '[]', parameter: 'body' },
  { name: 'no target', body: '{"helpful": true}', parameter: 'target' },
  { name: 'an unknown answer', body: '{"target": "answer/nope", "helpful": true}', parameter: 'target' },
  {
    name: 'a vote that is not true or false',
    body: '{"target": "answer/use-587", "helpful": "yes"}',
    parameter: 'helpful',
  },
  { name: 'an unknown reason', body: '{"target": "answer/use-587", "reason": "meh"}', parameter: 'reason' },
  {
    name: 'both at once',
    body: '{"target": "answer/use-587", "helpful": false, "reason": "didnt-work"}',
    parameter: 'helpful',
  },
  {
    name: 'an extra field',
    body: '{"target": "answer/use-587", "helpful": true, "email": "a@b.c"}',
    parameter: 'email',
  },
])('$name is a 400 naming $parameter', async ({ body, parameter }) => {
  const res = await fetch(`${base}/api/v1/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address() },
    body,
  });
  expect(res.status).toBe(400);
  expect(await checkContract(base, 'POST', res)).toMatchObject({ error: { parameter } });
});

test('more than 30 votes a minute from one address get 429 with Retry-After; other addresses go on', async () => {
  const from = address();
  const post = (who: string) =>
    fetch(`${base}/api/v1/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': who },
      body: JSON.stringify({ target: 'article/smtp-ports-explained', helpful: true }),
    });
  const statuses: Array<number> = [];
  for (let i = 0; i < 31; i++) {
    const res = await post(from);
    statuses.push(res.status);
    await checkContract(base, 'POST', res);
  }
  expect(statuses).toEqual([...Array<number>(30).fill(202), 429]);
  const refused = await post(from);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect((await post(address())).status).toBe(202);
});

test('what the site records from pages, searches, pastes and the chat is ids, never text', async () => {
  const secret = 'jane.doe@example.org';
  const headers = { 'x-forwarded-for': address() };
  await fetch(`${base}/troubleshoot?sender=relay-server`, { headers });
  await fetch(`${base}/troubleshoot?sender=relay-server&server=postfix`, {
    headers: { ...headers, referer: `${base}/troubleshoot?sender=relay-server` },
  });
  // A search that finds nothing, with a phone number in it.
  await fetch(`${base}/search?q=${encodeURIComponent('qwxzvk +44 7700 900123')}`, { headers });
  await fetch(`${base}/api/v1/classify`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ text: `554 5.7.1 ${secret} Client host [203.0.113.7] blocked using zen.spamhaus.org` }),
  });
  const chat = await open('/chat?sender=program');
  for (const text of [`qwxzvk ${secret}`, 'Thunderbird']) {
    const before = chat.url();
    await chat.getByLabel('Type your answer, or paste an error message').fill(text);
    await Promise.all([
      chat.waitForURL((url) => url.toString() !== before),
      chat.getByRole('button', { name: 'Send' }).click(),
    ]);
  }
  await chat.context().close();
  await eventually(
    () => [counts('question', 'server'), counts('search-miss'), counts('diagnosis', 'ip-blocklisted'), counts('chat')],
    [
      [
        { subject: 'server', detail: 'answered', n: 1 },
        { subject: 'server', detail: 'shown', n: 1 },
      ],
      [{ subject: 'qwxzvk', detail: '', n: 1 }],
      [{ subject: 'ip-blocklisted', detail: 'api', n: 1 }],
      [
        { subject: 'missed', detail: '', n: 1 },
        { subject: 'understood', detail: '', n: 1 },
      ],
    ],
  );
  const db = new Sqlite(join(site.dataDir ?? '', 'events.sqlite'), { readonly: true });
  const everything = JSON.stringify(db.prepare('SELECT * FROM counts').all());
  db.close();
  expect(everything).not.toContain('jane');
  expect(everything).not.toContain('7700');
  expect(everything).not.toContain('203.0.113');
  expect(everything).not.toContain('198.51.100');
  expect(everything).not.toContain('127.0.0.1');
});

test('each step is counted once, where it happens: the chat and the troubleshooter (not their prefetches), a paste, a letter, “I still need help”', async () => {
  // The chat with JavaScript: each turn is a server action whose next page Next.js fetches from the server itself.
  const chat = await open('/chat');
  for (const text of ['I use Thunderbird on Comcast and it times out', 'it is set to 25']) {
    const before = chat.url();
    await chat.getByLabel('Type your answer, or paste an error message').fill(text);
    await Promise.all([
      chat.waitForURL((url) => url.toString() !== before),
      chat.getByRole('button', { name: 'Send' }).click(),
    ]);
  }
  await chat.context().close();
  // The troubleshooter with JavaScript: each step is a client-side navigation, and Next.js
  // prefetches the pages its choices link to, which nobody has seen.
  const walk = await open('/troubleshoot?sender=program');
  for (const choice of ['Apple Mail on a Mac', /^It times out/, /^25$/]) {
    await Promise.all([walk.waitForURL(/\/troubleshoot\?/), walk.getByRole('link', { name: choice }).click()]);
  }
  await walk.locator('#answer-title').waitFor();
  await walk.context().close();
  // A paste on /diagnose without JavaScript: a form post.
  const diagnose = await open('/diagnose', { javaScriptEnabled: false });
  await diagnose
    .getByLabel(/^Paste the error message/)
    .fill('connect to gmail-smtp-in.l.google.com[142.250.1.26]:25: Connection timed out');
  await diagnose.getByRole('button', { name: 'Diagnose' }).click();
  await diagnose.locator('#diagnosis-title').waitFor();
  await diagnose.context().close();
  const letter = await open('/request?isp=lime-st-lucia&connection=business-static&server=exchange');
  await fillLetterForm(letter);
  await letter.getByRole('button', { name: 'Prepare the letter' }).click();
  await letter.locator('.letter-text').waitFor();
  await letter.context().close();
  const headers = { 'x-forwarded-for': address() };
  const followed = await fetch(`${base}/need-help?from=answer/turn-on-auth&by=page`, { headers, redirect: 'manual' });
  expect(followed.status).toBe(303);
  // Not a page of the site: followed, but not counted.
  await fetch(`${base}/need-help?from=answer/no-such-answer&by=page`, { headers, redirect: 'manual' });
  const reached = () =>
    counts('reached', 'use-587').filter(
      (row) => row.detail.includes('isp=comcast-xfinity') || row.detail.includes('client=apple-mail'),
    );
  await eventually(
    () => [
      counts('question', 'sender'),
      counts('question', 'port'),
      reached(),
      counts('diagnosis', 'port25-blocked'),
      counts('letter'),
      counts('need-help'),
    ],
    [
      [
        { subject: 'sender', detail: 'answered', n: 1 },
        { subject: 'sender', detail: 'shown', n: 1 },
      ],
      [
        { subject: 'port', detail: 'answered', n: 2 },
        { subject: 'port', detail: 'shown', n: 2 },
      ],
      [
        {
          subject: 'use-587',
          detail: 'chat?sender=program&client=thunderbird&symptom=timeout&isp=comcast-xfinity&port=25',
          n: 1,
        },
        {
          subject: 'use-587',
          detail: 'troubleshoot?sender=program&client=apple-mail&symptom=timeout&port=25',
          n: 1,
        },
      ],
      [{ subject: 'port25-blocked', detail: 'diagnose', n: 1 }],
      [{ subject: 'lime-st-lucia', detail: '', n: 1 }],
      [{ subject: 'answer/turn-on-auth', detail: 'page', n: 1 }],
    ],
  );
});

async function signIn(page: Page, secret: string) {
  await page.getByLabel('Password').fill(secret);
  await Promise.all([
    page.waitForURL(/\/insights(?:\/sign-in\?.*)?$/),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

test('/insights without a session goes to the sign-in page; so does a CSV export', async () => {
  const res = await fetch(`${base}/insights`, { redirect: 'manual' });
  expect(res.status).toBe(307);
  expect(res.headers.get('location')).toBe('/insights/sign-in');
  const csv = await fetch(`${base}/insights/export/answers.csv`, { redirect: 'manual' });
  expect(csv.status).toBe(303);
  expect(csv.headers.get('location')).toBe('/insights/sign-in');
  const signInPage = await fetch(`${base}/insights/sign-in`);
  expect(signInPage.headers.get('cache-control')).toMatch(/private.*no-store/);
  expect(await signInPage.text()).toContain('<meta name="robots" content="noindex, nofollow"/>');
});

test('sign in, see a vote counted, download it as CSV, sign out', async () => {
  const voter = await open('/answers/exception-letter');
  await vote(voter, 'No');
  await voter.locator('#feedback-no').waitFor({ state: 'visible' });
  await vote(voter, 'I didn’t understand it');
  await voter.context().close();
  const page = await open('/insights');
  expect(new URL(page.url()).pathname).toBe('/insights/sign-in');
  expect(await axeViolations(page)).toEqual([]);
  await signIn(page, password);
  expect(new URL(page.url()).pathname).toBe('/insights');
  const cookie = (await page.context().cookies()).find((c) => c.name === '__Secure-sendhelp-insights');
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/insights' });
  const row = page.locator('table:has(#least-helpful-caption) tr:has(a[href="/answers/exception-letter"])');
  for (let i = 0; i < 20 && (await row.count()) === 0; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    await page.reload();
  }
  const cells = await row.first().locator('th, td').allTextContents();
  // Page, yes, no, rate, low, high, then the reasons: "I didn't understand it" once.
  expect(cells.slice(1, 4)).toEqual(['0', '1', '0%']);
  expect(cells.slice(6)).toEqual(['0', '1', '0', '0']);
  const answerLink = page.locator('table:has(#answers-caption) a[href="/answers/exception-letter"]');
  expect(await answerLink.count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  const csv = await page.context().request.get(`${base}/insights/export/least-helpful.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers()['cache-control']).toBe('private, no-store');
  expect((await csv.text()).split('\r\n')[0]).toBe(
    'Page,Yes,No,Helpful rate,95% low,95% high,It didn’t work,I didn’t understand it,It’s not my situation,Something else',
  );
  await Promise.all([page.waitForURL(/sign-in/), page.getByRole('button', { name: 'Sign out' }).click()]);
  expect(await page.getByRole('status').textContent()).toBe('You are signed out.');
  await page.goto(`${base}/insights`);
  expect(new URL(page.url()).pathname).toBe('/insights/sign-in');
  await page.context().close();
});

test('a wrong password is refused, and after 5 tries from one address sign-in waits', async () => {
  const page = await open('/insights/sign-in', { javaScriptEnabled: false });
  for (let i = 0; i < 5; i++) {
    await signIn(page, `not-the-password-${i}`);
    expect(await page.getByRole('alert').textContent()).toBe('That password is not right.');
  }
  await signIn(page, password);
  expect(await page.getByRole('alert').textContent()).toMatch(/^Too many attempts\. Try again in \d+ minutes?\.$/);
  expect(new URL(page.url()).pathname).toBe('/insights/sign-in');
  await page.context().close();
});

/** The sign-in form's fields as a browser without JavaScript posts them (multipart, Next.js's action id included). */
async function signInForm(secret: string): Promise<FormData> {
  const html = await (await fetch(`${base}/insights/sign-in`)).text();
  expect(html).toContain('encType="multipart/form-data"');
  const fields = new FormData();
  for (const m of html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)) {
    fields.append(m[1] ?? '', (m[2] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
  }
  fields.append('password', secret);
  return fields;
}

test('a sign-in posted from another site is refused, even with the right password', async () => {
  const post = (origin: string, from: string) =>
    fetch(`${base}/insights/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin, 'x-forwarded-for': from },
      body: fields,
    });
  const fields = await signInForm(password);
  const forged = await post('https://evil.example', address());
  expect(forged.headers.get('set-cookie')).toBeNull();
  expect(forged.status).toBeGreaterThanOrEqual(400);
  const own = await post(base, address());
  expect(own.status).toBe(303);
  expect(own.headers.get('set-cookie')).toMatch(
    /^__Secure-sendhelp-insights=[^;]+; Path=\/insights; Expires=[^;]+; Max-Age=28800; Secure; HttpOnly; SameSite=strict$/i,
  );
});
