import type { NextRequest } from 'next/server';

import { env } from '@/lib/env';
import { currentSession, insightsEnabled } from '@/lib/insights/access';
import { toCsv } from '@/lib/insights/csv';
import { loadReport } from '@/lib/insights/load';
import { parseRange } from '@/lib/insights/range';
import { sessionCookie } from '@/lib/insights/session';
import { reportTables, tableIds, type TableId } from '@/lib/insights/tables';
import { isoDay } from '@/lib/events/types';

const headers = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' };

/** One insights table as CSV: /insights/export/<table>.csv?from=...&to=... (signed in only). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ table: string }> }) {
  const id = (await params).table.replace(/\.csv$/, '');
  if (!insightsEnabled() || !(tableIds as ReadonlyArray<string>).includes(id)) {
    return new Response('Not found\n', {
      status: 404,
      headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  if (!(await currentSession(request.cookies.get(sessionCookie)?.value))) {
    return new Response(null, { status: 303, headers: { ...headers, Location: '/insights/sign-in' } });
  }
  const query = request.nextUrl.searchParams;
  const range = parseRange(
    { from: query.get('from') ?? undefined, to: query.get('to') ?? undefined },
    Date.now(),
    env.EVENTS_RETENTION_DAYS,
  );
  const loaded = await loadReport(range);
  if (!loaded.ok) {
    return new Response(`${loaded.message}\n`, {
      status: 503,
      headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60' },
    });
  }
  return new Response(toCsv(reportTables(loaded.report)[id as TableId]), {
    headers: {
      ...headers,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="insights-${id}-${isoDay(range.from)}-to-${isoDay(range.to)}.csv"`,
    },
  });
}
