import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';

import { env } from '@/lib/env';
import { isoDay } from '@/lib/events/types';
import { currentSession, insightsEnabled } from '@/lib/insights/access';
import { loadReport } from '@/lib/insights/load';
import { parseRange, rangeQuery } from '@/lib/insights/range';
import { formToken, sessionCookie } from '@/lib/insights/session';
import { reportTables } from '@/lib/insights/tables';

import { signOutAction } from './actions';
import { InsightsView } from './_components/insights-view';

// For the ESP's staff only: never indexed, never cached (the server sends private, no-store).
export const metadata: Metadata = { title: 'Insights', robots: { index: false, follow: false } };

// Whether the page exists depends on INSIGHTS_PASSWORD when the server runs, not when it was built.
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | Array<string> | undefined>> };
const first = (v: string | Array<string> | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function InsightsPage({ searchParams }: Props) {
  if (!insightsEnabled()) {
    notFound();
  }
  const signedIn = await currentSession((await cookies()).get(sessionCookie)?.value);
  if (!signedIn) {
    redirect('/insights/sign-in');
  }
  const query = await searchParams;
  const range = parseRange({ from: first(query.from), to: first(query.to) }, Date.now(), env.EVENTS_RETENTION_DAYS);
  const loaded = await loadReport(range);
  return (
    <div className="insights">
      <h1>Insights</h1>
      <form className="insights-range" action="/insights" method="get">
        <label htmlFor="range-from">From</label>
        <input id="range-from" name="from" type="date" defaultValue={isoDay(range.from)} required />
        <label htmlFor="range-to">To</label>
        <input id="range-to" name="to" type="date" defaultValue={isoDay(range.to)} required />
        <button type="submit">Show</button>
      </form>
      <form action={signOutAction} className="insights-sign-out">
        <input type="hidden" name="token" value={formToken(signedIn.key, signedIn.session)} />
        <button type="submit">Sign out</button>
      </form>
      {range.problem ? (
        <p className="notice" role="status">
          {range.problem}
        </p>
      ) : null}
      <p className="meta">
        Whole days in UTC, {isoDay(range.from)} to {isoDay(range.to)}. These are counts per day, never visits: nothing
        here can tell one customer from another (see <a href="/privacy">what is recorded</a>).
      </p>
      {loaded.ok ? (
        <InsightsView report={loaded.report} tables={reportTables(loaded.report)} query={rangeQuery(range)} />
      ) : (
        <p className="notice" role="alert">
          {loaded.message}
        </p>
      )}
    </div>
  );
}
