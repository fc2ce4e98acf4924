// The JSON API's contract: what integrations and the chat rely on.
import { expect, inject, test } from 'vitest';

import { checkContract } from './contract';

const base = inject('baseUrl');

/** Every response is checked against /api/v1/openapi.json. */
async function getJson(path: string) {
  const res = await fetch(`${base}${path}`);
  return { res, body: (await checkContract(base, 'GET', res)) as Record<string, unknown> };
}

test('the first question, with options to answer it by adding id=option to the query', async () => {
  const { res, body } = await getJson('/api/v1/troubleshoot');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(body).toMatchObject({
    state: 'question',
    question: { id: 'sender', text: expect.any(String) as string },
    answered: [],
    url: 'https://help.example.net/troubleshoot',
  });
  const options = (body.question as { options: Array<{ id: string; label: string }> }).options;
  expect(options.map((o) => o.id)).toEqual(['program', 'app', 'relay-server', 'direct-server']);
});

test('answering walks on: the next question, with the answers so far', async () => {
  const { body } = await getJson('/api/v1/troubleshoot?sender=program&client=thunderbird');
  expect(body).toMatchObject({
    state: 'question',
    question: { id: 'symptom' },
    answered: [
      { id: 'sender', value: 'program' },
      { id: 'client', value: 'thunderbird', label: 'Thunderbird' },
    ],
  });
});

test('a complete case gets the outcome with its personalised permalink', async () => {
  const { body } = await getJson('/api/v1/troubleshoot?sender=program&client=thunderbird&symptom=timeout&port=25');
  expect(body).toMatchObject({
    state: 'outcome',
    outcome: {
      id: 'use-587',
      kind: 'remedy',
      title: expect.stringContaining('587') as string,
      summary: expect.any(String) as string,
      url: 'https://help.example.net/answers/use-587?sender=program&client=thunderbird',
    },
  });
});

test.for([
  { query: 'sender=robot', parameter: 'sender' },
  { query: 'port=26', parameter: 'port' },
  { query: 'isp=nowhere', parameter: 'isp' },
  { query: 'client=a&client=b', parameter: 'client' },
])('an invalid query ($query) is a 400 naming $parameter', async ({ query, parameter }) => {
  const { res, body } = await getJson(`/api/v1/troubleshoot?${query}`);
  expect(res.status).toBe(400);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(body).toMatchObject({ error: { parameter, message: expect.any(String) as string } });
});

test('the answers list has every outcome with its URL', async () => {
  const { res, body } = await getJson('/api/v1/answers');
  expect(res.status).toBe(200);
  const answers = body.answers as Array<{ id: string; url: string; kind: string }>;
  expect(answers.length).toBeGreaterThanOrEqual(20);
  expect(answers).toContainEqual(
    expect.objectContaining({
      id: 'exception-letter',
      kind: 'letter',
      url: 'https://help.example.net/answers/exception-letter',
    }),
  );
});

test('the ISP list can be narrowed by country and rejects a bad country', async () => {
  const all = await getJson('/api/v1/isps');
  const lucia = await getJson('/api/v1/isps?country=LC');
  const bad = await getJson('/api/v1/isps?country=Narnia');
  expect((all.body.isps as Array<unknown>).length).toBeGreaterThanOrEqual(25);
  expect(lucia.body.isps).toEqual([
    expect.objectContaining({
      slug: 'lime-st-lucia',
      country: 'LC',
      url: 'https://help.example.net/isps/lime-st-lucia',
    }),
  ]);
  expect(bad.res.status).toBe(400);
  expect(bad.body).toMatchObject({ error: { parameter: 'country' } });
});

test('answer and ISP pages exist for everything the API lists', async () => {
  const { body } = await getJson('/api/v1/answers');
  for (const a of body.answers as Array<{ url: string }>) {
    const res = await fetch(`${base}${new URL(a.url).pathname}`);
    expect(res.status, a.url).toBe(200);
  }
});
