// How the ISP directory's entries read, shared by the ISP pages and the answers' ISP box. The words
// for each value come from the vocabulary.
import type { IspEntry } from '@/lib/content/isps';
import { port25BadgeLabel, port25Label } from '@/lib/vocabulary/directory';
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

// The site's own spelling is British ("fibre", no comma before "and").
const listFormat = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** "a business plan and a fee": a list as a sentence says it. */
export function andList(items: ReadonlyArray<string>): string {
  return listFormat.format(items);
}

export type Port25Badge = { kind: keyof typeof port25BadgeLabel; label: string };

/** One status for a list of providers: blocked if any kind of connection is, then after spam, then open. */
export function port25Badge(isp: Pick<IspEntry, 'port25'>): Port25Badge {
  const statuses = new Set(Object.values(isp.port25).map((e) => e.status));
  const kind = (['blocked', 'after-abuse', 'open'] as const).find((s) => statuses.has(s)) ?? 'unknown';
  return { kind, label: port25BadgeLabel[kind] };
}

/**
 * "Blocked on DSL or ADSL and cable (2019); not blocked on leased line (2015)": one line per
 * provider, or undefined when the directory has no report (its badge says so).
 */
export function port25Summary(isp: Pick<IspEntry, 'port25'>): string | undefined {
  const byStatus = new Map<keyof typeof port25Label, { types: Array<string>; years: Set<string> }>();
  for (const type of ispConnections) {
    const entry = isp.port25[type];
    if (!entry || entry.status === 'unknown') {
      continue;
    }
    const group = byStatus.get(entry.status) ?? { types: [], years: new Set<string>() };
    group.types.push(factWords.connection[type].name);
    group.years.add(entry.reported);
    byStatus.set(entry.status, group);
  }
  if (byStatus.size === 0) {
    return undefined;
  }
  const text = [...byStatus]
    .map(
      ([status, { types, years }]) =>
        `${port25Label[status].toLowerCase()} on ${andList(types)} (${[...years].sort().join(', ')})`,
    )
    .join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The directory grouped by country for a select: the country labels its group, never a name's suffix. */
export function ispsByCountry(
  isps: Iterable<Pick<IspEntry, 'slug' | 'name' | 'country'>>,
): Array<[string, Array<Pick<IspEntry, 'slug' | 'name'>>]> {
  const groups = new Map<string, Array<Pick<IspEntry, 'slug' | 'name'>>>();
  for (const isp of [...isps].sort((a, b) => a.name.localeCompare(b.name))) {
    const country = countryName(isp.country);
    groups.set(country, [...(groups.get(country) ?? []), isp]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}
