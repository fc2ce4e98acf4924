import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getAssistant } from '@/lib/troubleshoot';

import { IspDetails } from '../../_components/isp-details';
import { Breadcrumbs } from '../../_components/breadcrumbs';
import { countryName } from '../../_components/isp-labels';

type Props = { params: Promise<{ slug: string }> };

// Every ISP page is prerendered; an unknown one is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  return [...(await getAssistant()).isps.keys()].map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const isp = (await getAssistant()).isps.get((await params).slug);
  return isp
    ? {
        title: `${isp.name} and port 25`,
        description: isp.summary,
        alternates: { canonical: `/isps/${isp.slug}` },
      }
    : {};
}

export default async function IspPage({ params }: Props) {
  const isp = (await getAssistant()).isps.get((await params).slug);
  if (!isp) {
    notFound();
  }
  return (
    <article className="prose" aria-labelledby="isp-title">
      <Breadcrumbs
        parent={{ href: `/isps?country=${isp.country}`, label: `Internet providers in ${countryName(isp.country)}` }}
      />
      <h1 id="isp-title">{isp.name}</h1>
      <p className="lead">{isp.summary}</p>
      <p className="cta-row no-print">
        <a className="button" href={`/troubleshoot?isp=${isp.slug}`}>
          Troubleshoot sending with {isp.name}
        </a>
        <a className="cta-secondary" href={`/request?isp=${isp.slug}`}>
          Ask {isp.name} for a port 25 exception
        </a>
      </p>
      <IspDetails isp={isp} headingLevel={2} />
    </article>
  );
}
