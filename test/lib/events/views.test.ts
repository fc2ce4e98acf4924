// Page views of the real assistant, read into events.
import { beforeAll, expect, test } from 'vitest';

import { VoteDamper } from '@/lib/events/damping';
import { ViewReader } from '@/lib/events/views';
import { getAssistant, type Assistant } from '@/lib/troubleshoot';

let assistant: Assistant;
beforeAll(async () => {
  assistant = await getAssistant();
}, 60_000);

const site = 'https://help.example.net';
const done = '/troubleshoot?sender=program&client=thunderbird&symptom=timeout&port=25';

test.for([
  { name: 'the start', url: '/troubleshoot', referer: undefined, events: ['question sender shown'] },
  {
    name: 'an answer chosen on the page before',
    url: '/troubleshoot?sender=program',
    referer: `${site}/troubleshoot`,
    events: ['question sender answered', 'question client shown'],
  },
  {
    name: 'the same step opened from a link elsewhere',
    url: '/troubleshoot?sender=program',
    referer: 'https://www.example.net/support',
    events: ['question client shown'],
  },
  {
    name: 'the last answer, reaching the outcome',
    url: done,
    referer: `${site}/troubleshoot?sender=program&client=thunderbird&symptom=timeout`,
    events: [
      'question port answered',
      'reached use-587 troubleshoot?sender=program&client=thunderbird&symptom=timeout&port=25',
    ],
  },
  {
    name: 'the page sent back to itself (the feedback form without JavaScript)',
    url: done,
    referer: `${site}${done}`,
    events: [],
  },
  {
    name: 'the answer’s permalink followed from the outcome',
    url: '/answers/use-587?sender=program&client=thunderbird',
    referer: `${site}${done}`,
    events: [],
  },
  {
    name: 'an answer’s permalink pasted by an agent',
    url: '/answers/use-587?sender=program&client=thunderbird&isp=comcast-xfinity',
    referer: undefined,
    events: ['reached use-587 link?sender=program&client=thunderbird&isp=comcast-xfinity'],
  },
  {
    name: 'a chat that did not understand',
    url: '/chat?sender=program&miss=1',
    referer: `${site}/chat?sender=program`,
    events: [],
  },
  {
    name: 'a chat answer',
    url: '/chat?sender=program&client=outlook-classic&heard=client',
    referer: `${site}/chat?sender=program`,
    events: ['question client answered', 'question symptom shown'],
  },
  { name: 'an agent’s view', url: '/troubleshoot?sender=program&view=agent', referer: undefined, events: [] },
  { name: 'a broken link', url: '/troubleshoot?sender=robot', referer: undefined, events: [] },
  { name: 'an unknown answer', url: '/answers/no-such-answer', referer: undefined, events: [] },
  {
    name: 'anything that is not an id is never read into an event',
    url: '/troubleshoot?sender=program&client=me%40example.com',
    referer: undefined,
    events: [],
  },
])('$name', ({ url, referer, events }) => {
  const read = new ViewReader().events(assistant, url, referer);
  expect(read.map((e) => [e.type, e.subject, e.detail].filter(Boolean).join(' '))).toEqual(events);
});

test('each reached answer records only ids from the vocabulary', () => {
  const reader = new ViewReader();
  const [event] = reader.events(assistant, `${done}&utm_source=mail&name=Jane`, undefined);
  expect(event).toEqual({
    type: 'reached',
    subject: 'use-587',
    detail: 'troubleshoot?sender=program&client=thunderbird&symptom=timeout&port=25',
  });
});

test('a client’s second vote on the same page the same day is not counted; the next day it is', () => {
  let now = Date.parse('2026-12-07T10:00:00Z');
  const damper = new VoteDamper(() => now, 3);
  expect(damper.allow('203.0.113.9', 'vote answer/use-587')).toBe(true);
  expect(damper.allow('203.0.113.9', 'vote answer/use-587')).toBe(false);
  expect(damper.allow('203.0.113.10', 'vote answer/use-587')).toBe(true);
  expect(damper.allow('203.0.113.9', 'reason answer/use-587')).toBe(true);
  expect(damper.allow('203.0.113.9', 'vote article/spamhaus-pbl')).toBe(true);
  // The daily cap over all pages.
  expect(damper.allow('203.0.113.9', 'vote article/smtp-ports-explained')).toBe(false);
  now += 86_400_000;
  expect(damper.allow('203.0.113.9', 'vote answer/use-587')).toBe(true);
  // Without a known address nothing can be damped.
  expect(damper.allow(undefined, 'vote answer/use-587')).toBe(true);
  expect(damper.allow(undefined, 'vote answer/use-587')).toBe(true);
});
