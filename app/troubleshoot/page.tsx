import type { Metadata } from 'next';

import { toSearchParams } from '@/lib/vocabulary/query';

import { TroubleshootScreen, troubleshootMetadata } from '../_components/troubleshoot-screen';

// Requests are served from app/state/[key] (see server/routing.mjs), rendered once and cached.
// This page renders on each request only when the site runs without its own server (next start).
type Props = { searchParams: Promise<Record<string, string | Array<string> | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return troubleshootMetadata(toSearchParams(await searchParams));
}

export default async function TroubleshootPage({ searchParams }: Props) {
  return <TroubleshootScreen query={toSearchParams(await searchParams)} />;
}
