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
  'smtp.username': (c) => c.submission.username,
  'smtp.password': (c) => c.submission.password,
  'relay.host': (c) => c.relay.host,
  'relay.port.starttls': (c) => c.relay.starttlsPort,
  'relay.port.tls': (c) => c.relay.tlsPort,
  'relay.port.alt': (c) => c.relay.alternatePort,
  'relay.username': (c) => c.relay.username,
  'relay.password': (c) => c.relay.password,
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
