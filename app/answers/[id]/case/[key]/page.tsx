import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { decodeStateKey } from '@/lib/troubleshoot/state-key';

import { AnswerScreen, answerMetadata } from '../../../../_components/answer-screen';

// An answer personalised for one case, rendered on its first request and then served from the
// cache. The server maps /answers/<id>?<query> here; the public URL never changes.
type Props = { params: Promise<{ id: string; key: string }> };

export const dynamic = 'force-static';
// Any case may be asked for; the key is checked below.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return answerMetadata((await params).id);
}

export default async function AnswerCase({ params }: Props) {
  const { id, key } = await params;
  const query = decodeStateKey(key);
  if (!query) {
    notFound();
  }
  return <AnswerScreen id={id} query={query} />;
}
