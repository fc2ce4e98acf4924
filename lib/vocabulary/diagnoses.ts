// The diagnoses the classifier can return (DESIGN.md), and the words its data layers speak.

export const diagnosisIds = [
  'port25-blocked',
  'submission-port-blocked',
  'connection-refused',
  'isp-interception',
  'dns-failure',
  'auth-failed',
  'auth-required',
  'starttls-required',
  'tls-failure',
  'ip-blocklisted',
  'rdns-missing',
  'message-rejected',
  'recipient-problem',
  'unknown',
] as const;
export type DiagnosisId = (typeof diagnosisIds)[number];

/** What an operating system's, runtime's or library's error says happened (identities.yaml). */
export const connectionKinds = [
  'timeout',
  'refused',
  'reset',
  'unreachable',
  'connect-failed',
  'no-response',
  'name-lookup',
  'tls',
  'authentication',
  'forbidden',
  'incoming',
  'relay',
] as const;
export type ConnectionKind = (typeof connectionKinds)[number];

/** Meanings that are neither a diagnosis nor a connection kind. */
export const pseudoMeanings = ['connected', 'basic-auth-off', 'send-as-refused'] as const;

/** What a code, an identity or a phrase family may mean. */
export const meanings = [...diagnosisIds, ...connectionKinds, ...pseudoMeanings] as const;
export type Meaning = (typeof meanings)[number];

/**
 * What evidence is scored as: a diagnosis, or "blocked" (the connection never opened; becomes
 * port25-blocked or submission-port-blocked by the port), "refused" (becomes connection-refused),
 * "connected" (a server answered, which rules out connection-level diagnoses) or "incoming" (about
 * receiving mail, so nothing we diagnose).
 */
export const signals = [...diagnosisIds, 'blocked', 'refused', 'connected', 'incoming'] as const;
export type Signal = (typeof signals)[number];

/** Headlines for what a text shows more precisely than its diagnosis (diagnoses.yaml). */
export const findingIds = [
  'port-unknown',
  'not-smtp-port',
  'local-host',
  'basic-auth-off',
  'send-as-refused',
  'incoming',
  'connected-only',
  'delivery-expired',
] as const;
export type FindingId = (typeof findingIds)[number];

/** Troubleshooter facts a rule or a diagnosis may imply. */
export const impliedFactNames = ['port', 'sender', 'client', 'symptom', 'tls', 't25', 't587'] as const;
