import type { SiteConfig } from '@/lib/content/schema';

/** The way out when an article did not solve it: the ESP's real support contact. */
export function HelpBox({ config }: { config: SiteConfig }) {
  return (
    <aside className="help-box no-print" aria-labelledby="help-box-title">
      <h2 id="help-box-title">Still not sending?</h2>
      <p>
        Email <a href={`mailto:${config.support.email}`}>{config.support.email}</a> or use the{' '}
        <a href={config.support.url}>{config.name} support page</a>. Tell us your internet provider, how you connect
        (home broadband, mobile, office), your mail program, and paste the exact error message: that lets us answer in
        one reply.
      </p>
    </aside>
  );
}
