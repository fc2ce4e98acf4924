import { expect, test } from 'vitest';

import { parseFacts, toQuery, withFact } from '@/lib/vocabulary/query';

const isps = new Set(['comcast-xfinity', 'lime-st-lucia']);

test.for([
  { query: '', facts: {} },
  { query: 'sender=program&client=thunderbird', facts: { sender: 'program', client: 'thunderbird' } },
  { query: 'isp=lime-st-lucia&connection=dsl', facts: { isp: 'lime-st-lucia', connection: 'dsl' } },
  { query: 'isp=other', facts: { isp: 'other' } },
  { query: 'sender=Program&port=%20587%20', facts: { sender: 'program', port: '587' } },
  { query: 'sender=&utm_source=ticket&fbclid=x', facts: {} },
  { query: 't25=timeout&t587=open&os=mac', facts: { os: 'mac', t25: 'timeout', t587: 'open' } },
])('"$query" gives $facts', ({ query, facts }) => {
  expect(parseFacts(new URLSearchParams(query), isps)).toEqual({ ok: true, facts });
});

test.for([
  {
    query: 'sender=robot',
    parameter: 'sender',
    message: '"robot" is not a known value for "sender"; use program, app, relay-server, direct-server',
  },
  {
    query: 'port=26',
    parameter: 'port',
    message: '"26" is not a known value for "port"; use 25, 587, 465, 2525, unknown',
  },
  {
    query: 'isp=nowhere',
    parameter: 'isp',
    message: '"nowhere" is not a known value for "isp"; use an ISP id from /api/v1/isps, or "other"',
  },
  { query: 'sender=program&sender=app', parameter: 'sender', message: '"sender" was given 2 times; give it once' },
  {
    query: `client=${'x'.repeat(500)}`,
    parameter: 'client',
    message: expect.stringMatching(/^"x{40}…" is not a known value for "client"/),
  },
  {
    query: 'symptom=%3Cscript%3E',
    parameter: 'symptom',
    message: expect.stringMatching(/^"<script>" is not a known value/),
  },
])('"$query" is refused, naming $parameter', ({ query, parameter, message }) => {
  expect(parseFacts(new URLSearchParams(query), isps)).toEqual({ ok: false, problem: { parameter, message } });
});

test('reads the query object Next.js hands to pages', () => {
  expect(parseFacts({ sender: 'program', client: ['thunderbird'], other: 'x' }, isps)).toEqual({
    ok: true,
    facts: { sender: 'program', client: 'thunderbird' },
  });
});

test('writes facts back in one canonical order, so equal states have equal URLs', () => {
  expect(toQuery({ port: '25', sender: 'program', isp: 'comcast-xfinity' })).toBe(
    'sender=program&isp=comcast-xfinity&port=25',
  );
  expect(toQuery(withFact({ sender: 'program', port: '25' }, 'port', undefined))).toBe('sender=program');
  expect(toQuery(withFact({ sender: 'program' }, 'client', 'thunderbird'))).toBe('sender=program&client=thunderbird');
});
