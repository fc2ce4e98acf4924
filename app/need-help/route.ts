import type { NextRequest } from 'next/server';

import { caseSummary } from '@/lib/chat';
import { recordNeedHelp } from '@/lib/events';
import { targetExists } from '@/lib/events/targets';
import { targetPattern } from '@/lib/api/feedback';
import { mailtoLink } from '@/lib/letter/letter';
import { getAssistant } from '@/lib/troubleshoot';
import { parseFacts } from '@/lib/vocabulary/query';

/**
 * "I still need help", followed: counted (where it was followed from, and whether to the support
 * page or an email), then on to the ESP's support page, or to an email with the case summary built
 * from the facts in the link. ?from=<answer/id|article/slug|chat>&by=<page|email>&<facts>
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const assistant = await getAssistant();
  const from = params.get('from') ?? '';
  const by = params.get('by') === 'email' ? 'email' : 'page';
  if (from === 'chat' || (targetPattern.test(from) && targetExists(assistant, from))) {
    recordNeedHelp(from, by);
  }
  const { config } = assistant;
  let location = config.support.url;
  if (by === 'email') {
    const parsed = parseFacts(params, assistant.ispSlugs);
    const summary = await caseSummary(parsed.ok ? parsed.facts : {});
    location = mailtoLink(
      config.support.email,
      { subject: `Help: email not sending (${config.name})`, text: summary },
      '\n\n[Summary shortened: please paste the full summary from the page.]',
    );
  }
  return new Response(null, {
    status: 303,
    headers: { Location: location, 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' },
  });
}
