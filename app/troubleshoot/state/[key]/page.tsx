import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { decodeStateKey } from '@/lib/troubleshoot/state-key';

import { TroubleshootScreen, troubleshootMetadata } from '../../../_components/troubleshoot-screen';

// One troubleshooter state, rendered on its first request and then served from the cache like a
// prerendered page. The server maps /troubleshoot?<query> here; the public URL never changes.
type Props = { params: Promise<{ key: string }> };

export const dynamic = 'force-static';
// Any state may be asked for; the key is checked below.
export const dynamicParams = true;

export function generateStaticParams() {
  return [{ key: 'start' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return troubleshootMetadata(decodeStateKey((await params).key) ?? new URLSearchParams());
}

export default async function TroubleshootState({ params }: Props) {
  const query = decodeStateKey((await params).key);
  if (!query) {
    notFound();
  }
  return <TroubleshootScreen query={query} />;
}
