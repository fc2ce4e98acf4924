import type { Metadata } from 'next';

import { toSearchParams } from '@/lib/vocabulary/query';

import { ChatScreen, chatMetadata } from '../_components/chat-screen';

// Requests are served from app/state/[key] (see server/routing.mjs), rendered once and cached.
// This page renders on each request only when the site runs without its own server (next start).
type Props = { searchParams: Promise<Record<string, string | Array<string> | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return chatMetadata(toSearchParams(await searchParams));
}

export default async function ChatPage({ searchParams }: Props) {
  return <ChatScreen query={toSearchParams(await searchParams)} />;
}
