import { json } from '@/lib/api/json';
import { openApiDocument } from '@/lib/api/openapi';
import { getSiteConfig } from '@/lib/content';
import { siteUrl } from '@/lib/site-url';

// Changes only with a release.
export const dynamic = 'force-static';

export async function GET() {
  const config = await getSiteConfig();
  return json(openApiDocument({ name: config.name, url: siteUrl(config) }));
}
