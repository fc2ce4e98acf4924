// The values of the ESP's placeholders ({{smtp.host}}), from content/site.yaml.
import type { PlaceholderName, Placeholders } from '../markdown/placeholders';
import type { SiteConfig } from './schema';

const values = {
  'esp.name': (c) => c.name,
  'esp.url': (c) => c.website,
  'help.url': (c) => c.baseUrl,
  'smtp.host': (c) => c.submission.host,
  'smtp.port.starttls': (c) => c.submission.starttlsPort,
  'smtp.port.tls': (c) => c.submission.tlsPort,
  'smtp.port.alt': (c) => c.submission.alternatePort,
  'smtp.port.25': (c) => (c.submission.port25 ? 25 : undefined),
  'smtp.username': (c) => c.submission.username,
  'smtp.password': (c) => c.submission.password,
  'relay.host': (c) => c.relay.host,
  'relay.port.starttls': (c) => c.relay.starttlsPort,
  'relay.port.tls': (c) => c.relay.tlsPort,
  'relay.port.alt': (c) => c.relay.alternatePort,
  'relay.port.25': (c) => (c.relay.port25 ? 25 : undefined),
  'relay.username': (c) => c.relay.username,
  'relay.password': (c) => c.relay.password,
  'dns.spf.include': (c) => c.dns?.spfInclude,
  'dns.dkim.selector': (c) => c.dns?.dkimSelector,
  'dns.dkim.record': (c) => c.dns?.dkimRecord,
  'refusal.suspended': (c) => c.refusals?.suspended,
  'refusal.rate': (c) => c.refusals?.rateLimited,
  'refusal.rate.limit': (c) => c.refusals?.rateLimit,
  'refusal.sender': (c) => c.refusals?.senderNotAllowed,
  'refusal.access': (c) => c.refusals?.accessNotAllowed,
  'refusal.lockout.failures': (c) => c.refusals?.lockout.failures,
  'refusal.lockout.minutes': (c) => c.refusals?.lockout.minutes,
  'refusal.lockout.block': (c) => c.refusals?.lockout.blockMinutes,
  'support.email': (c) => c.support.email,
  'support.url': (c) => c.support.url,
  'support.phone': (c) => c.support.phone,
  'support.hours': (c) => c.support.hours,
} satisfies Record<PlaceholderName, (c: SiteConfig) => string | number | undefined>;

export function buildPlaceholders(config: SiteConfig): Placeholders {
  const map = new Map<string, string>();
  for (const [name, get] of Object.entries(values)) {
    const value = get(config);
    if (value !== undefined) {
      map.set(name, String(value));
    }
  }
  return map;
}
