import { getArticle, getLibrary, listArticles } from '@/lib/content';
import { siteUrl } from '@/lib/site-url';

import { ogSize, renderOgCard } from '../../_components/og-card';

export const alt = 'The article title on a card with the help site name';
export const size = ogSize;
export const contentType = 'image/png';
// Rendered at build time for every article, like the pages.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listArticles()).map((a) => ({ slug: a.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const [article, { config, categories }] = await Promise.all([getArticle((await params).slug), getLibrary()]);
  const category = categories.find((c) => c.id === article?.category);
  return renderOgCard({
    site: `${config.name} Help`,
    kicker: category?.title ?? 'Help article',
    title: article?.title ?? 'Help article',
    host: new URL(siteUrl(config)).host,
    accent: config.colours.accent,
  });
}
