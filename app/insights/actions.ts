'use server';
// Signing in and out of /insights. Next.js refuses a server action posted from another origin,
// the session cookie is SameSite=Strict, and signing out also needs the session's own form token.
import { cookies, headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';

import { clientOf } from '@/lib/events/guards';
import { currentSession, insightsEnabled, signIn, signOut } from '@/lib/insights/access';
import { checkFormToken, sessionCookie, sessionHours } from '@/lib/insights/session';

const cookieOptions = { httpOnly: true, secure: true, sameSite: 'strict', path: '/insights' } as const;

export async function signInAction(form: FormData): Promise<void> {
  if (!insightsEnabled()) {
    notFound();
  }
  const password = form.get('password');
  const result = await signIn(typeof password === 'string' ? password : '', clientOf(await headers()));
  if (!result.ok) {
    redirect(
      result.reason === 'limited'
        ? `/insights/sign-in?error=limited&wait=${Math.ceil(result.retryAfterSeconds / 60)}`
        : '/insights/sign-in?error=wrong',
    );
  }
  (await cookies()).set(sessionCookie, result.cookie, { ...cookieOptions, maxAge: sessionHours * 3600 });
  redirect('/insights');
}

export async function signOutAction(form: FormData): Promise<void> {
  const jar = await cookies();
  const signedIn = await currentSession(jar.get(sessionCookie)?.value);
  if (signedIn && checkFormToken(signedIn.key, signedIn.session, form.get('token'))) {
    await signOut(signedIn.session);
    jar.delete({ name: sessionCookie, ...cookieOptions });
  }
  redirect('/insights/sign-in?signed-out=1');
}
