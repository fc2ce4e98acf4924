// The date range of the insights page: ?from=2026-11-01&to=2026-12-07, whole UTC days. The
// default is the last 28 days; at most the retention period.
import { dayOf, isoDay, parseIsoDay, type DayRange } from '../events/types';

export const defaultDays = 28;

export type RangeChoice = DayRange & { problem?: string };

export function parseRange(
  query: { from?: string | undefined; to?: string | undefined },
  now: number,
  maxDays: number,
): RangeChoice {
  const today = dayOf(now);
  const to = query.to ? parseIsoDay(query.to) : today;
  const from = query.from ? parseIsoDay(query.from) : (to ?? today) - (defaultDays - 1);
  if (to === undefined || from === undefined) {
    return {
      from: today - (defaultDays - 1),
      to: today,
      problem: 'Dates are written YYYY-MM-DD; showing the last 28 days.',
    };
  }
  if (from > to) {
    return { from: to, to: from, problem: 'The start was after the end; they were swapped.' };
  }
  if (to - from + 1 > maxDays) {
    return {
      from: to - (maxDays - 1),
      to,
      problem: `Counts are kept for ${maxDays} days; showing the last ${maxDays} days up to the end date.`,
    };
  }
  return { from, to };
}

export function rangeQuery(range: DayRange): string {
  return `from=${isoDay(range.from)}&to=${isoDay(range.to)}`;
}
