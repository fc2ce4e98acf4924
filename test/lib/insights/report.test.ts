// The insights report from made-up counts and the real content.
import { beforeAll, expect, test } from 'vitest';

import { eventTypes, type EventType } from '@/lib/events/types';
import type { Total, WeekTotal } from '@/lib/events/store';
import { toCsv } from '@/lib/insights/csv';
import { parseRange } from '@/lib/insights/range';
import { buildReport } from '@/lib/insights/report';
import { reportTables } from '@/lib/insights/tables';
import { wilson } from '@/lib/insights/wilson';
import { getAssistant, type Assistant } from '@/lib/troubleshoot';

let assistant: Assistant;
beforeAll(async () => {
  assistant = await getAssistant();
}, 60_000);

const empty = () => Object.fromEntries(eventTypes.map((t) => [t, []])) as unknown as Record<EventType, Array<Total>>;
const range = { from: 20790, to: 20794 };

test.for([
  { yes: 0, total: 0, expected: undefined },
  { yes: 2, total: 2, expected: { rate: 1, low: 0.342, high: 1 } },
  { yes: 90, total: 100, expected: { rate: 0.9, low: 0.826, high: 0.945 } },
  { yes: 0, total: 10, expected: { rate: 0, low: 0, high: 0.278 } },
])('Wilson interval of $yes out of $total', ({ yes, total, expected }) => {
  const interval = wilson(yes, total);
  expect(
    interval && {
      rate: Number(interval.rate.toFixed(3)),
      low: Number(interval.low.toFixed(3)),
      high: Number(interval.high.toFixed(3)),
    },
  ).toEqual(expected);
});

test('answers: reached by way, votes with their interval, reasons, and the tree nodes that end there', () => {
  const totals = empty();
  totals.reached = [
    { subject: 'use-587', detail: 'troubleshoot?sender=program', n: 7 },
    { subject: 'use-587', detail: 'chat?sender=program', n: 2 },
    { subject: 'use-587', detail: 'link?', n: 1 },
  ];
  totals.vote = [
    { subject: 'answer/use-587', detail: 'yes', n: 3 },
    { subject: 'answer/use-587', detail: 'no', n: 1 },
  ];
  totals.reason = [{ subject: 'answer/use-587', detail: 'didnt-work', n: 1 }];
  const report = buildReport({ totals, weeks: [] }, assistant, range);
  const row = report.answers[0];
  expect(row).toMatchObject({
    id: 'use-587',
    reached: 10,
    via: { troubleshoot: 7, chat: 2, link: 1 },
    yes: 3,
    no: 1,
    reasons: { 'didnt-work': 1, 'didnt-understand': 0, 'not-my-situation': 0, 'something-else': 0 },
  });
  expect(row?.nodes.length).toBeGreaterThan(0);
  expect(row?.nodes.every((id) => assistant.tree.nodes[id]?.kind === 'outcome')).toBe(true);
  expect(report.leastHelpful.map((r) => r.title)).toEqual([row?.title]);
  const [first] = reportTables(report).answers.rows;
  expect(first?.[0]).toEqual({ text: row?.title, href: '/answers/use-587' });
  expect(first?.[1]).toEqual(row?.nodes.map((id) => ({ text: id, href: `/agents/tree#node-${id}` })));
});

test('least helpful ranks by the top of the interval, so one "no" does not outrank fifty', () => {
  const totals = empty();
  totals.vote = [
    { subject: 'answer/use-587', detail: 'no', n: 1 },
    { subject: 'answer/smart-host', detail: 'no', n: 50 },
    { subject: 'answer/smart-host', detail: 'yes', n: 10 },
  ];
  const report = buildReport({ totals, weeks: [] }, assistant, range);
  expect(report.leastHelpful.map((r) => (r.kind === 'answer' ? r.id : r.slug))).toEqual(['smart-host', 'use-587']);
});

test('drop-off: shown minus answered, per question of the tree', () => {
  const totals = empty();
  totals.question = [
    { subject: 'sender', detail: 'shown', n: 100 },
    { subject: 'sender', detail: 'answered', n: 80 },
    { subject: 'client', detail: 'shown', n: 60 },
    { subject: 'client', detail: 'answered', n: 60 },
  ];
  const report = buildReport({ totals, weeks: [] }, assistant, range);
  expect(report.questions.find((q) => q.id === 'sender')).toMatchObject({
    shown: 100,
    answered: 80,
    left: 20,
    leftRate: 0.2,
  });
  expect(report.questions.find((q) => q.id === 'client')).toMatchObject({ left: 0, leftRate: 0 });
  expect(report.questions.find((q) => q.id === 'port')).toMatchObject({ shown: 0, leftRate: undefined });
});

test('diagnoses, the unknown rate, the chat and weeks', () => {
  const totals = empty();
  totals.diagnosis = [
    { subject: 'port25-blocked', detail: 'diagnose', n: 6 },
    { subject: 'port25-blocked', detail: 'api', n: 2 },
    { subject: 'unknown', detail: 'diagnose', n: 2 },
  ];
  totals.chat = [
    { subject: 'understood', detail: '', n: 9 },
    { subject: 'missed', detail: '', n: 3 },
  ];
  const weeks: Array<WeekTotal> = [
    { week: 2970, type: 'reached', key: '', n: 4 },
    { week: 2971, type: 'vote', key: 'yes', n: 2 },
    { week: 2971, type: 'diagnosis', key: 'unknown', n: 1 },
    { week: 2971, type: 'diagnosis', key: '', n: 3 },
  ];
  const report = buildReport({ totals, weeks }, assistant, range);
  expect(report.diagnoses.map((d) => [d.id, d.n, d.share])).toEqual([
    ['port25-blocked', 8, 0.8],
    ['unknown', 2, 0.2],
  ]);
  expect(report.unknownRate).toBe(0.2);
  expect(report.chat).toEqual({ understood: 9, missed: 3, missedRate: 0.25 });
  expect(report.weeks.map((w) => [w.start, w.reached, w.yes, w.diagnoses, w.unknown])).toEqual([
    [20787, 4, 0, 0, 0],
    [20794, 0, 2, 4, 1],
  ]);
});

test('CSV: quoted where needed, and a typed search cannot become a spreadsheet formula', () => {
  const totals = empty();
  totals['search-miss'] = [
    { subject: '=hyperlink("x")', detail: '', n: 2 },
    { subject: 'outlook, "port" 587', detail: '', n: 1 },
  ];
  const csv = toCsv(reportTables(buildReport({ totals, weeks: [] }, assistant, range)).searches);
  expect(csv).toBe('Search (scrubbed),Times\r\n"\'=hyperlink(""x"")",2\r\n"outlook, ""port"" 587",1\r\n');
});

test.for([
  { query: {}, expected: { from: 20767, to: 20794 } },
  { query: { from: '2026-12-01', to: '2026-12-07' }, expected: { from: 20788, to: 20794 } },
  {
    query: { from: '2026-12-07', to: '2026-12-01' },
    expected: { from: 20788, to: 20794, problem: 'The start was after the end; they were swapped.' },
  },
  {
    query: { from: '2020-01-01', to: '2026-12-07' },
    expected: {
      from: 20395,
      to: 20794,
      problem: 'Counts are kept for 400 days; showing the last 400 days up to the end date.',
    },
  },
  {
    query: { from: '2026-02-30' },
    expected: { from: 20767, to: 20794, problem: 'Dates are written YYYY-MM-DD; showing the last 28 days.' },
  },
])('date range $query', ({ query, expected }) => {
  expect(parseRange(query, Date.parse('2026-12-07T15:00:00Z'), 400)).toEqual(expected);
});
