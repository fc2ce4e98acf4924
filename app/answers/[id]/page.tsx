import type { Metadata } from 'next';

import { getAssistant } from '@/lib/troubleshoot';

import { AnswerScreen, answerMetadata } from '../../_components/answer-screen';

// The answer for anyone, prerendered. Through the site's server every /answers/<id> link, plain or
// personalised (?isp=...&client=...), is served from app/state/[key] (see server/routing.mjs); this
// page serves plain `next start`.
type Props = { params: Promise<{ id: string }> };

// Unknown answer ids are a 404 without a lookup.
export const dynamicParams = false;

export async function generateStaticParams() {
  return [...(await getAssistant()).answers.keys()].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return answerMetadata((await params).id);
}

export default async function AnswerPage({ params }: Props) {
  return <AnswerScreen id={(await params).id} query={new URLSearchParams()} />;
}
