import type { Metadata } from 'next';

import { ispMatches } from '@/lib/content/isps';
import { getAssistant } from '@/lib/troubleshoot';

import { countryName, port25Badge, port25Summary } from '../_components/isp-labels';

type Props = { searchParams: Promise<Record<string, string | Array<string> | undefined>> };

export const metadata: Metadata = {
  title: 'Internet providers and port 25',
  description: 'What each internet provider is reported to do with outbound port 25, and how to ask for an exception.',
  alternates: { canonical: '/isps' },
};

export default async function IspsPage({ searchParams }: Props) {
  const [assistant, query] = await Promise.all([getAssistant(), searchParams]);
  const first = (v: string | Array<string> | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
  const isps = [...assistant.isps.values()];
  const countries = [...new Set(isps.map((i) => i.country))].sort((a, b) =>
    countryName(a).localeCompare(countryName(b)),
  );
  const raw = first(query.country);
  // An unknown country shows everything rather than an empty page.
  const country = raw && countries.includes(raw) ? raw : undefined;
  const name = first(query.q).slice(0, 60).trim();
  const found = isps.filter(
    (i) =>
      (country === undefined || i.country === country) && (name === '' || ispMatches(i, name, countryName(i.country))),
  );
  const shown = countries.filter((c) => found.some((i) => i.country === c));
  return (
    <>
      <h1>Internet providers and port 25</h1>
      <p className="lead prose">
        What each provider is reported to do with outbound port 25, and when. Policies change: every entry says when it
        was reported and how sure we are it still holds. &ldquo;No report&rdquo; means we don&apos;t know:{' '}
        <a href="/articles/test-smtp-ports">a two-minute port test</a> shows what your own connection does.
      </p>
      <form className="filter-form" action="/isps" method="get" role="search">
        <div className="field">
          <label htmlFor="isp-name">Provider</label>
          <input id="isp-name" name="q" type="search" defaultValue={name} maxLength={60} placeholder="e.g. Comcast" />
        </div>
        <div className="field">
          <label htmlFor="country">Country</label>
          <select id="country" name="country" defaultValue={country ?? ''}>
            <option value="">All countries</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {countryName(c)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Find</button>
      </form>
      <div role="status">
        {raw && !country ? <p>We have no providers listed for &ldquo;{raw.slice(0, 40)}&rdquo;; showing all.</p> : null}
        {name !== '' ? (
          found.length === 0 ? (
            <p>
              No provider here matches &ldquo;{name}&rdquo;. If yours is not listed,{' '}
              <a href="/troubleshoot?isp=other">the troubleshooter still helps</a>.
            </p>
          ) : (
            <p>
              {found.length} {found.length === 1 ? 'provider matches' : 'providers match'} &ldquo;{name}&rdquo;.{' '}
              <a href="/isps">Show all</a>
            </p>
          )
        ) : null}
      </div>
      {shown.map((c) => (
        <section key={c} className="isp-country" aria-labelledby={`country-${c}`}>
          <h2 id={`country-${c}`}>{countryName(c)}</h2>
          <ul className="isp-list">
            {found
              .filter((i) => i.country === c)
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((isp) => {
                const badge = port25Badge(isp);
                const summary = port25Summary(isp);
                return (
                  <li key={isp.slug} className="isp-row">
                    <a className="isp-name" href={`/isps/${isp.slug}`}>
                      {isp.name}
                    </a>{' '}
                    <span className={`badge badge-${badge.kind}`}>{badge.label}</span>
                    {summary ? <span className="isp-detail">{summary}.</span> : null}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </>
  );
}
