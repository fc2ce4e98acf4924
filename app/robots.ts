import type { MetadataRoute } from 'next';

import { getSiteConfig } from '@/lib/content';
import { absoluteUrl } from '@/lib/site-url';

export default async function robots(): Promise<MetadataRoute.Robots> {
  const config = await getSiteConfig();
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/search-index.json', '/need-help', '/feedback', '/insights'] },
    sitemap: absoluteUrl(config, '/sitemap.xml'),
  };
}
