// The facts the assistant knows about a case, and the values each may take. The URL, the tree,
// the ISP directory and the classifier all speak this vocabulary; the tree gives the labels.
import { diagnosisIds } from '../diagnose/ids';

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

export const ports = ['25', '587', '465', '2525', 'unknown'] as const;
export const tlsModes = ['starttls', 'ssl', 'none', 'unknown'] as const;
export const yesNo = ['yes', 'no'] as const;
export const operatingSystems = ['windows', 'mac', 'linux'] as const;
/** What a port test showed: a server's greeting (ours, or someone else's), a timeout, a refusal. */
export const portTestResults = ['open', 'timeout', 'refused', 'intercepted'] as const;

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

/** The value for "not in the directory / don't know" in the isp fact. */
export const otherIsp = 'other';
