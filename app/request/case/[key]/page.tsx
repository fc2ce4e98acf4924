import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { decodeStateKey } from '@/lib/troubleshoot/state-key';

import { RequestScreen, requestMetadata } from '../../../_components/request-screen';

// The form prefilled with a troubleshooter case (ISP, connection, server), rendered on its first
// request and then served from the cache. The server maps /request?<those facts> here.
type Props = { params: Promise<{ key: string }> };

export const dynamic = 'force-static';
// Any case may be asked for; the key is checked below.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = requestMetadata(true);

export default async function RequestCase({ params }: Props) {
  const query = decodeStateKey((await params).key);
  if (!query) {
    notFound();
  }
  return <RequestScreen query={Object.fromEntries(query)} />;
}
