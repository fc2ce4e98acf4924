// Derived facts: what check nodes branch on without asking. Pure functions of the facts, the
// ISP directory and the ESP's own configuration.
import type { IspEntry } from '../content/isps';
import type { SiteConfig } from '../content/schema';
import { factValues, otherIsp, type Connection, type FactName, type Facts } from './vocabulary';

export type TreeContext = {
  isps: ReadonlyMap<string, IspEntry>;
  config: Pick<SiteConfig, 'submission' | 'relay'>;
};

const lineOf: Record<Connection, string> = {
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
};

type Derivation = { values: ReadonlyArray<string>; derive: (facts: Facts, context: TreeContext) => string };

export const derivations: Record<string, Derivation> = {
  /** Does this ISP block outbound 25 on this kind of connection, as reported? */
  'isp-port25': {
    values: ['blocked', 'open', 'after-abuse', 'unknown'],
    derive: (facts, { isps }) => {
      const isp = facts.isp === undefined || facts.isp === otherIsp ? undefined : isps.get(facts.isp);
      const connection = facts.connection as Connection | undefined;
      if (!isp || !connection || connection === 'unknown') {
        return 'unknown';
      }
      return isp.port25[connection as keyof IspEntry['port25']]?.status ?? 'unknown';
    },
  },
  /** The kind of address the connection has: receivers treat dynamic addresses as end users. */
  line: {
    values: ['dynamic', 'static', 'cloud', 'managed', 'unknown'],
    derive: (facts) => lineOf[(facts.connection as Connection | undefined) ?? 'unknown'],
  },
  /** Does the encryption setting suit the port? 465 needs SSL/TLS; 587, 2525 and 25 need STARTTLS. */
  'tls-match': {
    values: ['match', 'mismatch', 'unknown'],
    derive: ({ port, tls }) => {
      if (port === undefined || port === 'unknown' || tls === undefined || tls === 'unknown') {
        return 'unknown';
      }
      const wanted = port === '465' ? 'ssl' : 'starttls';
      return tls === wanted ? 'match' : 'mismatch';
    },
  },
  /** Does the ESP offer an implicit-TLS port (465) for mail programs? */
  'esp-tls-port': {
    values: ['yes', 'no'],
    derive: (_facts, { config }) => (config.submission.tlsPort === undefined ? 'no' : 'yes'),
  },
  /** Does the ESP offer an alternate STARTTLS port (2525) for mail programs? */
  'esp-alt-port': {
    values: ['yes', 'no'],
    derive: (_facts, { config }) => (config.submission.alternatePort === undefined ? 'no' : 'yes'),
  },
};

/** The values a check may branch on: a plain fact's vocabulary, or a derivation's. */
export function checkValues(on: string, ispSlugs: ReadonlyArray<string>): ReadonlyArray<string> | undefined {
  if (on in derivations) {
    return derivations[on]?.values;
  }
  if (on in factValues) {
    return factValues[on as FactName] ?? [...ispSlugs, otherIsp];
  }
  return undefined;
}

/** The value a check node sees; undefined when the fact it reads is not known. */
export function checkValue(on: string, facts: Facts, context: TreeContext): string | undefined {
  const derivation = derivations[on];
  return derivation ? derivation.derive(facts, context) : facts[on as FactName];
}
