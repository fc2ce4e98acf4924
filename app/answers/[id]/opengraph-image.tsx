import { getAssistant } from '@/lib/troubleshoot';
import { fillCase } from '@/lib/troubleshoot/personalise';
import { siteUrl } from '@/lib/site-url';

import { ogSize, renderOgCard } from '../../_components/og-card';

export const alt = 'The answer on a card with the help site name';
export const size = ogSize;
export const contentType = 'image/png';
export const dynamicParams = false;

export async function generateStaticParams() {
  return [...(await getAssistant()).answers.keys()].map((id) => ({ id }));
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const assistant = await getAssistant();
  const answer = assistant.answers.get((await params).id);
  return renderOgCard({
    site: `${assistant.config.name} Help`,
    kicker: 'Troubleshooter answer',
    title: answer ? fillCase(answer.title, {}) : 'Troubleshooter answer',
    host: new URL(siteUrl(assistant.config)).host,
    accent: assistant.config.colours.accent,
  });
}
