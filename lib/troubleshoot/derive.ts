// Derived facts: what check nodes branch on without asking. Pure functions of the facts, the
// ISP directory and the ESP's own configuration; their names and values are the vocabulary's.
import type { IspEntry } from '../content/isps';
import type { SiteConfig } from '../content/schema';
import {
  connections,
  type derivedFactValues,
  ispConnections,
  lineOf,
  otherIsp,
  type DerivedFact,
  type FactName,
  type Facts,
} from '../vocabulary/facts';

export type TreeContext = {
  isps: ReadonlyMap<string, IspEntry>;
  config: Pick<SiteConfig, 'submission' | 'relay'>;
};

type Derivations = {
  [D in DerivedFact]: (facts: Facts, context: TreeContext) => (typeof derivedFactValues)[D][number];
};

export const derivations: Derivations = {
  'isp-port25': (facts, { isps }) => {
    const isp = facts.isp === undefined || facts.isp === otherIsp ? undefined : isps.get(facts.isp);
    const connection = ispConnections.find((c) => c === facts.connection);
    return (isp && connection && isp.port25[connection]?.status) ?? 'unknown';
  },
  line: (facts) => lineOf[connections.find((c) => c === facts.connection) ?? 'unknown'],
  'tls-match': ({ port, tls }) => {
    if (port === undefined || port === 'unknown' || tls === undefined || tls === 'unknown') {
      return 'unknown';
    }
    const wanted = port === '465' ? 'ssl' : 'starttls';
    return tls === wanted ? 'match' : 'mismatch';
  },
  'esp-tls-port': (_facts, { config }) => (config.submission.tlsPort === undefined ? 'no' : 'yes'),
  'esp-alt-port': (_facts, { config }) => (config.submission.alternatePort === undefined ? 'no' : 'yes'),
  'esp-port25': (_facts, { config }) => (config.submission.port25 ? 'yes' : 'no'),
};

/** The value a check node sees; undefined when the fact it reads is not known. */
export function checkValue(on: string, facts: Facts, context: TreeContext): string | undefined {
  return on in derivations ? derivations[on as DerivedFact](facts, context) : facts[on as FactName];
}
