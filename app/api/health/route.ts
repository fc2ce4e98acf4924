import { getLibrary } from '@/lib/content';

// For load balancers and the container's HEALTHCHECK: up, and the content loaded.
export const dynamic = 'force-dynamic';

export async function GET() {
  const { articles, isps } = await getLibrary();
  return Response.json(
    { status: 'ok', articles: articles.length, isps: isps.length },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
