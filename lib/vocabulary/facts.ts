// The facts the assistant knows about a case, and the values each may take. The URL, the tree,
// the ISP directory, the chat and the classifier all speak this vocabulary; ./words.ts gives each
// value its label, its wording inside a sentence and its synonyms.
import { diagnosisIds } from './diagnoses';

export const senders = ['program', 'app', 'relay-server', 'direct-server'] as const;

export const clients = [
  'outlook-classic',
  'new-outlook',
  'thunderbird',
  'apple-mail',
  'ios-mail',
  'android-gmail',
  'samsung-email',
  'windows-mail',
  'other-program',
] as const;

export const servers = ['postfix', 'exim', 'exchange', 'hmailserver', 'other-server'] as const;

export const symptoms = [
  'cannot-send',
  'timeout',
  'refused',
  'auth-error',
  'relay-denied',
  'certificate',
  'server-not-found',
  'queue-deferred',
  'recipient-bounce',
  'stopped-recently',
  'works-elsewhere',
  'one-device',
  'm365-auth',
  'esp-refusal',
] as const;

export const connections = [
  'dsl',
  'cable',
  'fibre',
  'fixed-wireless',
  'mobile',
  'satellite',
  'business-dynamic',
  'business-static',
  'leased-line',
  'public-wifi',
  'corporate',
  'cloud',
  'unknown',
] as const;

/** Connection types an ISP entry can describe (the rest belong to no single ISP). */
export const ispConnections = connections.filter(
  (c): c is Exclude<(typeof connections)[number], 'public-wifi' | 'corporate' | 'unknown'> =>
    c !== 'public-wifi' && c !== 'corporate' && c !== 'unknown',
);

/** The kind of address a connection has: receivers treat dynamic addresses as end users. */
export const lines = ['dynamic', 'static', 'cloud', 'managed', 'unknown'] as const;
export type Line = (typeof lines)[number];

export const lineOf = {
  dsl: 'dynamic',
  cable: 'dynamic',
  fibre: 'dynamic',
  'fixed-wireless': 'dynamic',
  mobile: 'dynamic',
  satellite: 'dynamic',
  'business-dynamic': 'dynamic',
  'business-static': 'static',
  'leased-line': 'static',
  cloud: 'cloud',
  'public-wifi': 'managed',
  corporate: 'managed',
  unknown: 'unknown',
} as const satisfies Record<Connection, Line>;

export const ports = ['25', '587', '465', '2525', 'unknown'] as const;
export const tlsModes = ['starttls', 'ssl', 'none', 'unknown'] as const;
export const yesNo = ['yes', 'no'] as const;
export const operatingSystems = ['windows', 'mac', 'linux'] as const;
/** What a port test showed: a server's greeting (ours, or someone else's), a timeout, a refusal. */
export const portTestResults = ['open', 'timeout', 'refused', 'intercepted'] as const;

/** What the ISP directory reports for outbound port 25 on one kind of connection. */
export const port25Statuses = ['blocked', 'open', 'after-abuse', 'unknown'] as const;

export type Sender = (typeof senders)[number];
export type Connection = (typeof connections)[number];
export type IspConnection = (typeof ispConnections)[number];
export type PortTestResult = (typeof portTestResults)[number];

/** Every fact that can be set from the URL, with its allowed values ('isp' is checked against the directory). */
export const factValues = {
  sender: senders,
  client: clients,
  server: servers,
  symptom: symptoms,
  connection: connections,
  isp: undefined,
  port: ports,
  tls: tlsModes,
  abuse: yesNo,
  smarthost: yesNo,
  /** Is sign-in (SMTP authentication) already on in the sender's settings? */
  auth: yesNo,
  /** Does the problem happen on one network only? */
  'one-network': yesNo,
  /** Does the sender run at a cloud or hosting provider? */
  hosted: yesNo,
  /** Is a VPN on while sending? */
  vpn: yesNo,
  os: operatingSystems,
  t25: portTestResults,
  t587: portTestResults,
  t465: portTestResults,
  t2525: portTestResults,
  /** What the classifier made of a pasted error; shown, not asked. */
  diagnosis: diagnosisIds,
} as const satisfies Record<string, ReadonlyArray<string> | undefined>;

export type FactName = keyof typeof factValues;
export type Facts = Partial<Record<FactName, string>>;
export const factNames = Object.keys(factValues) as Array<FactName>;
/** The values of a fact with a fixed list (every fact but isp). */
export type FactValue<F extends FactName> =
  (typeof factValues)[F] extends ReadonlyArray<infer V extends string> ? V : never;

/** The value for "not in the directory / don't know" in the isp fact. */
export const otherIsp = 'other';

/**
 * Facts the tree's checks derive instead of asking (lib/troubleshoot/derive.ts computes them),
 * with the values each can take.
 */
export const derivedFactValues = {
  /** Does this ISP block outbound 25 on this kind of connection, as reported? */
  'isp-port25': port25Statuses,
  line: lines,
  /** Does the encryption setting suit the port? */
  'tls-match': ['match', 'mismatch', 'unknown'],
  /** Does the ESP offer an implicit-TLS port (465) for mail programs? */
  'esp-tls-port': yesNo,
  /** Does the ESP offer an alternate STARTTLS port (2525)? */
  'esp-alt-port': yesNo,
  /** Does the ESP's submission host accept connections on port 25 (site.yaml submission.port25)? */
  'esp-port25': yesNo,
} as const satisfies Record<string, ReadonlyArray<string>>;
export type DerivedFact = keyof typeof derivedFactValues;

/** The values a check node may branch on: a plain fact's vocabulary, or a derived fact's. */
export function checkValues(on: string, ispSlugs: ReadonlyArray<string>): ReadonlyArray<string> | undefined {
  if (on in derivedFactValues) {
    return derivedFactValues[on as DerivedFact];
  }
  if (on in factValues) {
    return factValues[on as FactName] ?? [...ispSlugs, otherIsp];
  }
  return undefined;
}
