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
