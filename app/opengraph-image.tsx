import { getSiteConfig } from '@/lib/content';
import { siteUrl } from '@/lib/site-url';

import { ogSize, renderOgCard } from './_components/og-card';

export const alt = 'The help site name and its promise: fix email that will not send';
export const size = ogSize;
export const contentType = 'image/png';

export default async function Image() {
  const config = await getSiteConfig();
  return renderOgCard({
    site: `${config.name} Help`,
    kicker: config.tagline,
    title: "Can't send email? Fix a blocked port 25 in two minutes.",
    host: new URL(siteUrl(config)).host,
    accent: config.colours.accent,
  });
}
