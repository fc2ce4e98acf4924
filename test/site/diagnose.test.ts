// "Paste your error" end to end: the JSON API, the page with and without JavaScript, and pasting
// into the troubleshooter.
import { expect, inject, test } from 'vitest';

import { axeViolations, openPage, useBrowser } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

const postfixTimeout =
  'May 24 09:42:44 mail postfix/smtp[584451]: connect to gmail-smtp-in.l.google.com[142.250.1.26]:25: Connection timed out';

async function classify(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(`${base}/api/v1/classify`, { method: 'POST', headers, body });
  return { res, json: (await res.json()) as Record<string, unknown> };
}

test('POST /api/v1/classify returns the diagnosis, its evidence and a troubleshooter link', async () => {
  const { res, json } = await classify(JSON.stringify({ text: postfixTimeout }));
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(json).toMatchObject({
    diagnosis: 'port25-blocked',
    // A mail server's delivery to one recipient's server: whether other domains fail too decides.
    alternatives: ['recipient-problem'],
    question: 'Does mail to other domains go out, and only mail to this one fail?',
    facts: { ports: [25], hosts: ['gmail-smtp-in.l.google.com'] },
    implied: { port: '25', symptom: 'timeout', sender: 'direct-server' },
    troubleshoot:
      'https://help.example.net/troubleshoot?sender=direct-server&symptom=timeout&port=25&diagnosis=port25-blocked',
  });
  expect((json.evidence as Array<{ match: string }>)[0]?.match).toContain('Connection timed out');
});

test.for([
  { name: 'broken JSON', body: '{"text": ', status: 400 },
  { name: 'no text field', body: '{"message": "hi"}', status: 400 },
  { name: 'text that is not a string', body: '{"text": 42}', status: 400 },
  { name: 'a JSON array', body: '[1, 2]', status: 400 },
  { name: 'text over 64 KB', body: JSON.stringify({ text: 'x'.repeat(65 * 1024) }), status: 413 },
  { name: 'a body over the limit', body: `{"text": "${'y'.repeat(500 * 1024)}"}`, status: 413 },
])('$name gets $status with a JSON error', async ({ body, status }) => {
  const { res, json } = await classify(body);
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(json).toMatchObject({ error: { message: expect.any(String) } });
});

test('a GET is not allowed on the classifier', async () => {
  expect((await fetch(`${base}/api/v1/classify`)).status).toBe(405);
});

for (const javaScriptEnabled of [true, false]) {
  test(`the page diagnoses a pasted error and highlights the evidence (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const page = await openPage(browser(), `${base}/diagnose`, { javaScriptEnabled });
    await page.getByLabel(/^Paste the error message/).fill(`Sending failed\n${postfixTimeout}`);
    await page.getByRole('button', { name: 'Diagnose' }).click();
    await page.locator('#diagnosis-title').waitFor();
    expect(await page.locator('#diagnosis-title').textContent()).toBe('Outgoing port 25 is blocked on this network');
    expect(await page.locator('.pasted mark').first().textContent()).toContain('Connection timed out');
    expect(await page.getByRole('link', { name: 'Get the fix' }).getAttribute('href')).toBe(
      '/troubleshoot?sender=direct-server&symptom=timeout&port=25&diagnosis=port25-blocked',
    );
    // The text went in the POST body, never into the address (without JavaScript the page comes
    // back at its result).
    expect(page.url()).toBe(`${base}/diagnose${javaScriptEnabled ? '' : '#result'}`);
    await page.context().close();
  });
}

test('an ambiguous text asks the question that would decide it', async () => {
  const page = await openPage(browser(), `${base}/diagnose`);
  await page
    .getByLabel(/^Paste the error message/)
    .fill(
      'The message could not be sent because the connection to Outgoing server (SMTP) smtp.example.net timed out. Try again.',
    );
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await page.locator('.question-box').waitFor();
  expect(await page.locator('.question-box').textContent()).toMatch(/Which port/);
  expect(await axeViolations(page)).toEqual([]);
  await page.context().close();
});

test('pasting into the troubleshooter fills in what the error says and walks on', async () => {
  const page = await openPage(browser(), `${base}/troubleshoot?sender=program&client=thunderbird`, {
    javaScriptEnabled: false,
  });
  await page.getByText('Have an error message? Paste it instead').click();
  await page
    .getByLabel(/^Paste the error message/)
    .fill("smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted')");
  await Promise.all([
    page.waitForURL(/diagnosis=auth-failed/),
    page.getByRole('button', { name: 'Use this error' }).click(),
  ]);
  expect(page.url()).toBe(
    `${base}/troubleshoot?sender=program&client=thunderbird&symptom=auth-error&diagnosis=auth-failed#step`,
  );
  expect(await page.locator('.from-error').textContent()).toMatch(/user name or password was refused/);
  expect(await page.locator('#answer-title').textContent()).toMatch(/password/i);
  await page.context().close();
});

test('an Outlook error that names no port headlines what it shows, not a port 25 block', async () => {
  const page = await openPage(browser(), `${base}/diagnose`);
  await page
    .getByLabel(/^Paste the error message/)
    .fill(
      "Task 'smtp.example.net - Sending' reported error (0x800CCC0E) : 'Outlook cannot connect to your outgoing (SMTP) e-mail server.'",
    );
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await page.locator('#diagnosis-title').waitFor();
  expect(await page.locator('#diagnosis-title').textContent()).toBe('The connection to the mail server never opened');
  expect(await page.locator('.diagnosis .lead').textContent()).not.toMatch(/^The connection to port 25/);
  expect(await page.locator('.question-box').textContent()).toMatch(/Which port/);
  await page.context().close();
});
