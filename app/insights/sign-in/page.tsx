import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';

import { currentSession, insightsEnabled } from '@/lib/insights/access';
import { sessionCookie } from '@/lib/insights/session';

import { signInAction } from '../actions';

export const metadata: Metadata = { title: 'Sign in to insights', robots: { index: false, follow: false } };

// Whether the page exists depends on INSIGHTS_PASSWORD when the server runs, not when it was built.
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | Array<string> | undefined>> };

export default async function SignIn({ searchParams }: Props) {
  if (!insightsEnabled()) {
    notFound();
  }
  if (await currentSession((await cookies()).get(sessionCookie)?.value)) {
    redirect('/insights');
  }
  const query = await searchParams;
  const wait = Math.min(60, Math.max(1, Number(query.wait) || 15));
  const message =
    query.error === 'wrong'
      ? 'That password is not right.'
      : query.error === 'limited'
        ? `Too many attempts. Try again in ${wait} ${wait === 1 ? 'minute' : 'minutes'}.`
        : undefined;
  return (
    <div className="prose sign-in">
      <h1>Insights</h1>
      <p>For the support team: which answers help, where customers give up, and what they could not find.</p>
      {query['signed-out'] === '1' ? (
        <p className="notice" role="status">
          You are signed out.
        </p>
      ) : null}
      <form action={signInAction} className="sign-in-form">
        {message ? (
          <p id="sign-in-error" className="notice" role="alert">
            {message}
          </p>
        ) : null}
        <label htmlFor="insights-password">Password</label>
        <input
          id="insights-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={1024}
          aria-describedby={message ? 'sign-in-error' : undefined}
        />
        <button type="submit">Sign in</button>
      </form>
      <p className="meta">The session lasts 8 hours. Sign-in works over HTTPS (or on this computer, at localhost).</p>
    </div>
  );
}
