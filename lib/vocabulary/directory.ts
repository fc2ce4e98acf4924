// Words for what the ISP directory (content/isps/) records about a provider: port 25 per kind of
// connection, the submission ports, and how to ask for an exception. Connection types read as
// factWords.connection[…].name.
import { type port25Statuses } from './facts';

export const port25Label = {
  blocked: 'Blocked',
  open: 'Not blocked',
  'after-abuse': 'Blocked only after spam from the line',
  unknown: 'Unknown',
} as const satisfies Record<(typeof port25Statuses)[number], string>;

export const submissionStatuses = ['passes', 'blocked', 'unknown'] as const;

export const passLabel = {
  passes: 'Open',
  blocked: 'Blocked',
  unknown: 'Unknown',
} as const satisfies Record<(typeof submissionStatuses)[number], string>;

export const exceptionRequirements = [
  'static-ip',
  'business-plan',
  'fee',
  'public-ip',
  'clean-up',
  'use-case',
  'contract-time',
  'reverse-dns',
  'no-open-relay',
] as const;

export const requirementLabel = {
  'static-ip': 'a static IP address',
  'business-plan': 'a business plan',
  fee: 'a fee',
  'public-ip': 'a public IP address (no shared, CGNAT address)',
  'clean-up': 'cleaning up infected machines first',
  'use-case': 'a written reason why submission ports will not do',
  'contract-time': 'time left on the contract',
  'reverse-dns': 'valid reverse DNS',
  'no-open-relay': 'proof the server is not an open relay',
} as const satisfies Record<(typeof exceptionRequirements)[number], string>;

export const exceptionMethods = ['web-form', 'email', 'phone', 'self-service', 'account-team', 'support'] as const;

export const methodLabel = {
  'web-form': 'Web form',
  email: 'Email',
  phone: 'Phone',
  'self-service': 'Self-service',
  'account-team': 'Named team',
  support: 'Customer support',
} as const satisfies Record<(typeof exceptionMethods)[number], string>;

/** A provider's port 25 in one badge, for a list of providers (the worst status any connection has). */
export const port25BadgeLabel = {
  blocked: 'Blocks port 25',
  'after-abuse': 'Blocks after spam',
  open: 'Port 25 open',
  unknown: 'No report',
} as const satisfies Record<(typeof port25Statuses)[number], string>;

/**
 * What the directory reports, inside a sentence that starts with the provider's name:
 * "LIME St. Lucia (now Flow) blocks outbound port 25 on DSL or ADSL". {on} is the connection's name.
 */
export const port25Clause = {
  blocked: 'blocks outbound port 25 on {on}',
  'after-abuse': 'blocks outbound port 25 on {on} only after spam from the line',
  open: 'does not block outbound port 25 on {on}',
  unknown: undefined,
} as const satisfies Record<(typeof port25Statuses)[number], string | undefined>;

export const confidenceLevels = ['high', 'medium', 'low'] as const;

/** How sure the directory is that an entry still holds today, in words a customer can act on. */
export const confidenceLabel = {
  high: 'high: it very likely still holds',
  medium: 'medium: it may have changed since it was reported',
  low: 'low: it may well have changed, so test your own connection before you rely on it',
} as const satisfies Record<(typeof confidenceLevels)[number], string>;
