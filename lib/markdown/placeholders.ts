// Placeholders let articles use the ESP's own values ({{smtp.host}}) so rebranding is one file.
// Their values come from content/site.yaml (lib/content/placeholders.ts); here: names and filling.
export type Placeholders = ReadonlyMap<string, string>;

/** Every placeholder, with the key of content/site.yaml its value comes from. */
export const placeholderSources = {
  'esp.name': 'name',
  'esp.url': 'website',
  'help.url': 'baseUrl',
  'smtp.host': 'submission.host',
  'smtp.port.starttls': 'submission.starttlsPort',
  'smtp.port.tls': 'submission.tlsPort',
  'smtp.port.alt': 'submission.alternatePort',
  'smtp.port.25': 'submission.port25',
  'smtp.username': 'submission.username',
  'smtp.password': 'submission.password',
  'relay.host': 'relay.host',
  'relay.port.starttls': 'relay.starttlsPort',
  'relay.port.tls': 'relay.tlsPort',
  'relay.port.alt': 'relay.alternatePort',
  'relay.port.25': 'relay.port25',
  'relay.username': 'relay.username',
  'relay.password': 'relay.password',
  'dns.spf.include': 'dns.spfInclude',
  'dns.dkim.selector': 'dns.dkimSelector',
  'dns.dkim.record': 'dns.dkimRecord',
  'refusal.suspended': 'refusals.suspended',
  'refusal.rate': 'refusals.rateLimited',
  'refusal.rate.limit': 'refusals.rateLimit',
  'refusal.sender': 'refusals.senderNotAllowed',
  'refusal.access': 'refusals.accessNotAllowed',
  'refusal.lockout.failures': 'refusals.lockout.failures',
  'refusal.lockout.minutes': 'refusals.lockout.minutes',
  'refusal.lockout.block': 'refusals.lockout.blockMinutes',
  'support.email': 'support.email',
  'support.url': 'support.url',
  'support.phone': 'support.phone',
  'support.hours': 'support.hours',
} as const;
export type PlaceholderName = keyof typeof placeholderSources;

export const placeholderNames = Object.keys(placeholderSources) as ReadonlyArray<PlaceholderName>;

const pattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Why a placeholder name has no value: unknown, or known but not set in content/site.yaml. */
export function explainMissing(name: string): string {
  const known = placeholderNames.find((n) => n === name);
  if (known && name.endsWith('.port.25')) {
    return `placeholder {{${name}}} has no value: content/site.yaml says ${placeholderSources[known]}: false (that host does not accept port 25). Put this passage inside {{#if ${name}}} … {{/if}}, or rewrite it`;
  }
  if (known) {
    return `placeholder {{${name}}} has no value: content/site.yaml does not set ${placeholderSources[known]}. Set it there, or rewrite this passage for an ESP without it`;
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
