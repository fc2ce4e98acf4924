// How the ISP directory's entries read, shared by the ISP pages and the answers' ISP box. The words
// for each value come from the vocabulary.
import type { IspEntry } from '@/lib/content/isps';
import { port25Label } from '@/lib/vocabulary/directory';
import { ispConnections } from '@/lib/vocabulary/facts';
import { factWords } from '@/lib/vocabulary/words';

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

/** "Port 25 blocked on DSL or ADSL and cable; not blocked on leased line": one line per ISP card. */
export function port25Summary(isp: Pick<IspEntry, 'port25'>): string {
  const byStatus = new Map<keyof typeof port25Label, Array<string>>();
  for (const type of ispConnections) {
    const entry = isp.port25[type];
    if (entry) {
      byStatus.set(entry.status, [...(byStatus.get(entry.status) ?? []), factWords.connection[type].name]);
    }
  }
  if (byStatus.size === 0) {
    return 'Port 25: unknown';
  }
  const list = (items: Array<string>) =>
    items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  const parts = [...byStatus].map(([status, types]) => `${port25Label[status].toLowerCase()} on ${list(types)}`);
  return `Port 25 ${parts.join('; ')}`;
}
