// Reads the counts of a date range from the event store and builds the report.
import 'server-only';

import { env } from '../env';
import { eventStore } from '../events/runtime';
import { eventTypes, type DayRange, type EventType } from '../events/types';
import type { Total } from '../events/store';
import { getAssistant } from '../troubleshoot';
import { buildReport, type Report } from './report';

/** Distinct searches read at most (the busiest first). */
const maxSearches = 5000;

export async function loadReport(
  range: DayRange,
): Promise<{ ok: true; report: Report } | { ok: false; message: string }> {
  if (env.EVENTS === 'off') {
    return { ok: false, message: 'Nothing is recorded: EVENTS is set to off.' };
  }
  const store = await eventStore();
  if (!store) {
    return {
      ok: false,
      message: 'The event store cannot be reached right now; the server log says why. Try again in a minute.',
    };
  }
  try {
    const entries = await Promise.all(
      eventTypes.map(
        async (type) =>
          [type, await store.totals(type, range, type === 'search-miss' ? maxSearches : undefined)] as const,
      ),
    );
    const totals = Object.fromEntries(entries) as Record<EventType, Array<Total>>;
    const [weeks, assistant] = await Promise.all([store.weekly(range), getAssistant()]);
    return { ok: true, report: buildReport({ totals, weeks }, assistant, range) };
  } catch (error) {
    return {
      ok: false,
      message: `The event store could not be read: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}.`,
    };
  }
}
