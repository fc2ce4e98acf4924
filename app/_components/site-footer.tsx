import type { SiteConfig } from '@/lib/content/schema';

export function SiteFooter({ config }: { config: SiteConfig }) {
  const { support } = config;
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>
          Still stuck? Email <a href={`mailto:${support.email}`}>{support.email}</a>
          {support.phone ? (
            <>
              {' '}
              or call <a href={`tel:${support.phone.replace(/[^+\d]/g, '')}`}>{support.phone}</a>
            </>
          ) : null}
          {support.hours ? ` (${support.hours})` : null}, or use the{' '}
          <a href={support.url}>{config.name} support page</a>.
        </p>
        <p>
          <a href={config.website}>{config.name}</a> · <a href="/articles">All help articles</a> ·{' '}
          <a href="/privacy">What this site records</a>
        </p>
      </div>
    </footer>
  );
}
