import type { MetadataRoute } from 'next';

import { getLibrary } from '@/lib/content';
import { sourcedOn } from '@/lib/content/isps';
import { absoluteUrl } from '@/lib/site-url';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { config, articles, answers, isps } = await getLibrary();
  const newest = articles
    .map((a) => a.reviewed)
    .sort()
    .at(-1);
  return [
    { url: absoluteUrl(config, '/'), ...(newest ? { lastModified: newest } : {}) },
    { url: absoluteUrl(config, '/articles'), ...(newest ? { lastModified: newest } : {}) },
    ...articles.map((a) => ({ url: absoluteUrl(config, `/articles/${a.slug}`), lastModified: a.reviewed })),
    { url: absoluteUrl(config, '/troubleshoot') },
    { url: absoluteUrl(config, '/chat') },
    { url: absoluteUrl(config, '/diagnose') },
    { url: absoluteUrl(config, '/request') },
    ...answers.map((a) => ({ url: absoluteUrl(config, `/answers/${a.id}`), lastModified: a.reviewed })),
    { url: absoluteUrl(config, '/isps') },
    ...isps.map((i) => {
      const lastModified = i.verified ?? sourcedOn(i);
      return { url: absoluteUrl(config, `/isps/${i.slug}`), ...(lastModified ? { lastModified } : {}) };
    }),
  ];
}
