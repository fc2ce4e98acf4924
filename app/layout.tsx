import type { Metadata, Viewport } from 'next';
import type { CSSProperties, ReactNode } from 'react';

import { getSiteConfig } from '@/lib/content';
import { siteUrl } from '@/lib/site-url';

import { SiteFooter } from './_components/site-footer';
import { SiteHeader } from './_components/site-header';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const config = await getSiteConfig();
  return {
    metadataBase: new URL(siteUrl(config)),
    title: { default: `${config.name} Help`, template: `%s · ${config.name} Help` },
    description: `${config.name} help: fix email that will not send, set up your mail program, and get past a blocked port 25.`,
    openGraph: { siteName: `${config.name} Help`, type: 'website' },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#121417' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const config = await getSiteConfig();
  const brand = { '--accent': config.colours.accent, '--accent-dark': config.colours.accentDark } as CSSProperties;
  return (
    <html lang={config.language} style={brand}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader name={config.name} tagline={config.tagline} />
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter config={config} />
      </body>
    </html>
  );
}
