import { getSiteConfig } from '@/lib/content';
import { embedScript } from '@/lib/embed-script';
import { siteUrl } from '@/lib/site-url';

// Built once: the launcher only changes with the site's address and name.
export const dynamic = 'force-static';

export async function GET() {
  const config = await getSiteConfig();
  return new Response(embedScript(siteUrl(config), config.name, config.colours.accent), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
}
