// Words for the ISP directory's values, shared by the ISP pages and the answers' ISP box.
import type { IspEntry } from '@/lib/content/isps';

export const port25Label: Record<string, string> = {
  blocked: 'Blocked',
  open: 'Not blocked',
  'after-abuse': 'Blocked only after spam from the line',
  unknown: 'Unknown',
};

export const passLabel: Record<string, string> = { passes: 'Open', blocked: 'Blocked', unknown: 'Unknown' };

export const requirementLabel: Record<IspEntry['exception']['requirements'][number], string> = {
  'static-ip': 'a static IP address',
  'business-plan': 'a business plan',
  fee: 'a fee',
  'public-ip': 'a public IP address (no shared, CGNAT address)',
  'clean-up': 'cleaning up infected machines first',
  'use-case': 'a written reason why submission ports will not do',
  'contract-time': 'time left on the contract',
  'reverse-dns': 'valid reverse DNS',
  'no-open-relay': 'proof the server is not an open relay',
};

export const methodLabel: Record<IspEntry['exception']['routes'][number]['method'], string> = {
  'web-form': 'Web form',
  email: 'Email',
  phone: 'Phone',
  'self-service': 'Self-service',
  'account-team': 'Named team',
  support: 'Customer support',
};

export const connectionLabel: Record<string, string> = {
  dsl: 'DSL or ADSL',
  cable: 'cable',
  fibre: 'fibre',
  'fixed-wireless': 'fixed wireless',
  mobile: 'mobile data',
  satellite: 'satellite',
  'business-dynamic': 'business broadband with a dynamic IP',
  'business-static': 'business broadband with a static IP',
  'leased-line': 'leased lines',
  cloud: 'cloud servers',
};

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(code: string): string {
  return code === 'global' ? 'Worldwide' : (regions.of(code) ?? code);
}

/** The newest year among an entry's sources, for "as reported in". */
export function reportedYear(isp: Pick<IspEntry, 'sources'>): string | undefined {
  return isp.sources
    .map((s) => s.published.slice(0, 4))
    .filter((y) => /^\d{4}$/.test(y))
    .sort()
    .at(-1);
}

/** "Blocked on DSL or ADSL and cable; not blocked on leased lines": one line per ISP card. */
export function port25Summary(isp: Pick<IspEntry, 'port25'>): string {
  const byStatus = new Map<string, Array<string>>();
  for (const [type, entry] of Object.entries(isp.port25)) {
    byStatus.set(entry.status, [...(byStatus.get(entry.status) ?? []), connectionLabel[type] ?? type]);
  }
  if (byStatus.size === 0) {
    return 'Port 25: unknown';
  }
  const list = (items: Array<string>) =>
    items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  const parts = [...byStatus].map(([status, types]) => `${port25Label[status]?.toLowerCase()} on ${list(types)}`);
  const text = parts.join('; ');
  return `Port 25 ${text}`;
}
