import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getAssistant } from '@/lib/troubleshoot';
import { decodeStateKey, encodeStateKey, type StateKey } from '@/lib/troubleshoot/state-key';

import { AnswerScreen, answerMetadata } from '../../_components/answer-screen';
import { ChatScreen, chatMetadata } from '../../_components/chat-screen';
import { RequestScreen, requestMetadata } from '../../_components/request-screen';
import { TroubleshootScreen, troubleshootMetadata } from '../../_components/troubleshoot-screen';

// Every assistant state (/troubleshoot?…, /chat?…, /answers/<id>?…, /request?<facts>), rendered on
// its first request and then served from the cache like a prerendered page. The server maps each
// public URL here with its page and canonical query as the key (server/routing.mjs); /state/… is
// never a public URL, and the address bar keeps the public one.
type Props = { params: Promise<{ key: string }> };

export const dynamic = 'force-static';
// Any state may be asked for; the key is checked below.
export const dynamicParams = true;

// The pages every visitor starts from, prerendered at build.
export async function generateStaticParams() {
  const answers = [...(await getAssistant()).answers.keys()].map((id) => `/answers/${id}`);
  return ['/troubleshoot', '/chat', '/request', ...answers].map((path) => ({ key: encodeStateKey(path, '') }));
}

const answerPath = /^\/answers\/([a-z0-9-]{1,64})$/;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const state = decodeStateKey((await params).key);
  const answer = answerPath.exec(state?.path ?? '')?.[1];
  return !state
    ? {}
    : state.path === '/troubleshoot'
      ? troubleshootMetadata(state.query)
      : state.path === '/chat'
        ? chatMetadata(state.query)
        : state.path === '/request'
          ? requestMetadata(state.query.size > 0)
          : answer
            ? answerMetadata(answer)
            : {};
}

function Screen({ path, query }: StateKey) {
  const answer = answerPath.exec(path)?.[1];
  switch (path) {
    case '/troubleshoot':
      return <TroubleshootScreen query={query} />;
    case '/chat':
      return <ChatScreen query={query} />;
    case '/request':
      return <RequestScreen query={Object.fromEntries(query)} />;
    default:
      return answer ? <AnswerScreen id={answer} query={query} /> : notFound();
  }
}

export default async function State({ params }: Props) {
  const state = decodeStateKey((await params).key);
  return state ? <Screen {...state} /> : notFound();
}
