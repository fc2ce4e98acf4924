import type { SiteConfig } from '@/lib/content/schema';

/** The one-glance answer: the outgoing-server settings that get past a port 25 block. */
export function SettingsCard({ config }: { config: SiteConfig }) {
  const s = config.submission;
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">Outgoing mail settings that work on almost any network</h2>
      <dl>
        <dt>Outgoing server (SMTP)</dt>
        <dd>
          <code>{s.host}</code>
        </dd>
        <dt>Port and security</dt>
        <dd>
          {s.starttlsPort} with STARTTLS
          {s.tlsPort ? <>, or {s.tlsPort} with SSL/TLS</> : null}
        </dd>
        <dt>Sign-in</dt>
        <dd>
          On. User name: {s.username}
          {s.password ? `; password: ${s.password}` : null}
        </dd>
        {s.alternatePort ? (
          <>
            <dt>If that port is blocked too</dt>
            <dd>{s.alternatePort} with STARTTLS</dd>
          </>
        ) : null}
      </dl>
      <p>
        Port 25 is for servers talking to servers, and many internet providers block it.{' '}
        <a href="/articles/smtp-ports-explained">Which port to use and why</a>
      </p>
    </section>
  );
}
