import type { NextRequest } from 'next/server';

import { caseSummary } from '@/lib/chat';
import { getAssistant } from '@/lib/troubleshoot';
import { parseFacts } from '@/lib/vocabulary/query';

/** The case summary as a .txt download; built from the facts in the URL, nothing else. */
export async function GET(request: NextRequest) {
  const assistant = await getAssistant();
  const parsed = parseFacts(request.nextUrl.searchParams, assistant.ispSlugs);
  if (!parsed.ok) {
    return new Response(`${parsed.problem.message}\n`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const summary = await caseSummary(parsed.facts);
  return new Response(summary, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': 'attachment; filename="email-help-case-summary.txt"',
      'Cache-Control': 'no-store',
    },
  });
}
