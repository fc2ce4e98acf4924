import { getSearchIndex } from '@/lib/search';

// Built once at build time; the browser fetches it for instant search.
export const dynamic = 'force-static';

export async function GET() {
  return new Response(JSON.stringify(await getSearchIndex()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
