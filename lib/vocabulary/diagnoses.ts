// The diagnoses the classifier can return (DESIGN.md), and the extra ids rules may use.

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

/**
 * Rule-only ids: "blocked" (the connection never opened; becomes port25-blocked or
 * submission-port-blocked by the port), "refused" (becomes connection-refused) and "connected"
 * (proof that a conversation happened, which rules out connection-level diagnoses).
 */
export const ruleDiagnoses = [...diagnosisIds, 'blocked', 'refused', 'connected'] as const;
export type RuleDiagnosis = (typeof ruleDiagnoses)[number];

/** Troubleshooter facts a rule or a diagnosis may imply. */
export const impliedFactNames = ['port', 'sender', 'client', 'symptom', 'tls', 't25', 't587'] as const;
