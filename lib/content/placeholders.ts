// Placeholders let articles use the ESP's own values ({{smtp.host}}) so rebranding is one file.
import type { SiteConfig } from './schema';

export type Placeholders = ReadonlyMap<string, string>;

/** Every placeholder name, with where its value comes from in content/site.yaml. */
const sources: ReadonlyArray<
  readonly [name: string, path: string, get: (c: SiteConfig) => string | number | undefined]
> = [
  ['esp.name', 'name', (c) => c.name],
  ['esp.url', 'website', (c) => c.website],
  ['help.url', 'baseUrl', (c) => c.baseUrl],
  ['smtp.host', 'submission.host', (c) => c.submission.host],
  ['smtp.port.starttls', 'submission.starttlsPort', (c) => c.submission.starttlsPort],
  ['smtp.port.tls', 'submission.tlsPort', (c) => c.submission.tlsPort],
  ['smtp.port.alt', 'submission.alternatePort', (c) => c.submission.alternatePort],
  ['smtp.port.25', 'submission.port25', (c) => (c.submission.port25 ? 25 : undefined)],
  ['smtp.username', 'submission.username', (c) => c.submission.username],
  ['smtp.password', 'submission.password', (c) => c.submission.password],
  ['relay.host', 'relay.host', (c) => c.relay.host],
  ['relay.port.starttls', 'relay.starttlsPort', (c) => c.relay.starttlsPort],
  ['relay.port.tls', 'relay.tlsPort', (c) => c.relay.tlsPort],
  ['relay.port.alt', 'relay.alternatePort', (c) => c.relay.alternatePort],
  ['relay.port.25', 'relay.port25', (c) => (c.relay.port25 ? 25 : undefined)],
  ['relay.username', 'relay.username', (c) => c.relay.username],
  ['relay.password', 'relay.password', (c) => c.relay.password],
  ['dns.spf.include', 'dns.spfInclude', (c) => c.dns?.spfInclude],
  ['dns.dkim.selector', 'dns.dkimSelector', (c) => c.dns?.dkimSelector],
  ['dns.dkim.record', 'dns.dkimRecord', (c) => c.dns?.dkimRecord],
  ['refusal.suspended', 'refusals.suspended', (c) => c.refusals?.suspended],
  ['refusal.rate', 'refusals.rateLimited', (c) => c.refusals?.rateLimited],
  ['refusal.rate.limit', 'refusals.rateLimit', (c) => c.refusals?.rateLimit],
  ['refusal.sender', 'refusals.senderNotAllowed', (c) => c.refusals?.senderNotAllowed],
  ['refusal.access', 'refusals.accessNotAllowed', (c) => c.refusals?.accessNotAllowed],
  ['refusal.lockout.failures', 'refusals.lockout.failures', (c) => c.refusals?.lockout.failures],
  ['refusal.lockout.minutes', 'refusals.lockout.minutes', (c) => c.refusals?.lockout.minutes],
  ['refusal.lockout.block', 'refusals.lockout.blockMinutes', (c) => c.refusals?.lockout.blockMinutes],
  ['support.email', 'support.email', (c) => c.support.email],
  ['support.url', 'support.url', (c) => c.support.url],
  ['support.phone', 'support.phone', (c) => c.support.phone],
  ['support.hours', 'support.hours', (c) => c.support.hours],
];

export const placeholderNames: ReadonlyArray<string> = sources.map(([name]) => name);

export function buildPlaceholders(config: SiteConfig): Placeholders {
  const map = new Map<string, string>();
  for (const [name, , get] of sources) {
    const value = get(config);
    if (value !== undefined) {
      map.set(name, String(value));
    }
  }
  return map;
}

const pattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Why a placeholder name has no value: unknown, or known but not set in content/site.yaml. */
export function explainMissing(name: string): string {
  const known = sources.find(([n]) => n === name);
  if (known && name.endsWith('.port.25')) {
    return `placeholder {{${name}}} has no value: content/site.yaml says ${known[1]}: false (that host does not accept port 25). Put this passage inside {{#if ${name}}} … {{/if}}, or rewrite it`;
  }
  if (known) {
    return `placeholder {{${name}}} has no value: content/site.yaml does not set ${known[1]}. Set it there, or rewrite this passage for an ESP without it`;
  }
  const near = placeholderNames.filter((n) => n.split('.')[0] === name.split('.')[0]);
  const hint = near.length > 0 ? near : placeholderNames;
  return `unknown placeholder {{${name}}}; known placeholders: ${hint.map((n) => `{{${n}}}`).join(', ')}`;
}

/**
 * Replaces every {{name}} in text. Names without a value are left as written and reported
 * through onMissing with their offset, so the caller can point at the line.
 */
export function fillPlaceholders(
  text: string,
  placeholders: Placeholders,
  onMissing: (name: string, offset: number) => void,
): string {
  if (!text.includes('{{')) {
    return text;
  }
  return text.replace(pattern, (whole, name: string, offset: number) => {
    const value = placeholders.get(name);
    if (value === undefined) {
      onMissing(name, offset);
      return whole;
    }
    return value;
  });
}
