import type { Metadata } from 'next';

import { getAssistant } from '@/lib/troubleshoot';

import { countryName, port25Summary } from '../_components/isp-labels';

type Props = { searchParams: Promise<Record<string, string | Array<string> | undefined>> };

export const metadata: Metadata = {
  title: 'Internet providers and port 25',
  description: 'What each internet provider is reported to do with outbound port 25, and how to ask for an exception.',
  alternates: { canonical: '/isps' },
};

export default async function IspsPage({ searchParams }: Props) {
  const [assistant, query] = await Promise.all([getAssistant(), searchParams]);
  const isps = [...assistant.isps.values()];
  const countries = [...new Set(isps.map((i) => i.country))].sort((a, b) =>
    countryName(a).localeCompare(countryName(b)),
  );
  const raw = Array.isArray(query.country) ? query.country[0] : query.country;
  // An unknown country shows everything rather than an empty page.
  const country = raw && countries.includes(raw) ? raw : undefined;
  const shown = countries.filter((c) => country === undefined || c === country);
  return (
    <>
      <h1>Internet providers and port 25</h1>
      <p className="lead prose">
        What each provider is reported to do with outbound port 25, and when. Policies change: every entry says when it
        was reported and how sure we are it still holds.
      </p>
      <form className="filter-form" action="/isps" method="get">
        <label htmlFor="country">Country</label>
        <select id="country" name="country" defaultValue={country ?? ''}>
          <option value="">All countries</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {countryName(c)}
            </option>
          ))}
        </select>
        <button type="submit">Show</button>
      </form>
      {raw && !country ? <p role="status">We have no providers listed for “{raw.slice(0, 40)}”; showing all.</p> : null}
      {shown.map((c) => (
        <section key={c} aria-labelledby={`country-${c}`}>
          <h2 id={`country-${c}`}>{countryName(c)}</h2>
          <ul className="card-list">
            {isps
              .filter((i) => i.country === c)
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((isp) => (
                <li key={isp.slug} className="card">
                  <h3>
                    <a href={`/isps/${isp.slug}`}>{isp.name}</a>
                  </h3>
                  <p>
                    {port25Summary(isp)}. Confidence: {isp.confidence}.
                  </p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
