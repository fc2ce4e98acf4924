import { sourcedOn, type IspEntry } from '@/lib/content/isps';
import { formatDate } from '@/lib/format';
import { confidenceLabel, methodLabel, passLabel, port25Label, requirementLabel } from '@/lib/vocabulary/directory';
import { ispConnections } from '@/lib/vocabulary/facts';
import { factWords } from '@/lib/vocabulary/words';

import { andList } from './isp-labels';

type Props = { isp: IspEntry; connection?: string | undefined; headingLevel: 2 | 3 | 4 };

/** What the directory says about an ISP: port 25 per connection, submission ports, exceptions, sources. */
export function IspDetails({ isp, connection, headingLevel }: Props) {
  const H = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h3';
  const entries = ispConnections.flatMap((type) => {
    const entry = isp.port25[type];
    return entry ? [[type, entry] as const] : [];
  });
  const yoursType = ispConnections.find((c) => c === connection);
  const yours = yoursType === undefined ? undefined : isp.port25[yoursType];
  const { exception } = isp;
  const sourced = sourcedOn(isp);
  return (
    <>
      {yours ? (
        <p>
          <strong>
            Port 25 on {factWords.connection[yoursType ?? 'unknown'].name}: {port25Label[yours.status]}
          </strong>{' '}
          ({reportedPhrase(yours.reported)}){yours.note ? `. ${yours.note}` : ''}
        </p>
      ) : null}
      <H>Outbound port 25</H>
      {entries.length === 0 ? (
        <p>Unknown: we have no report for any kind of connection.</p>
      ) : (
        <ul>
          {entries.map(([type, e]) => (
            <li key={type}>
              {capitalise(factWords.connection[type].name)}: {port25Label[e.status]} ({reportedPhrase(e.reported)})
              {e.note ? `. ${e.note}` : ''}
            </li>
          ))}
          <li>Other kinds of connection: unknown.</li>
        </ul>
      )}
      <H>Ports 587 and 465</H>
      <p>
        587: {passLabel[isp.submission.port587]}; 465: {passLabel[isp.submission.port465]}.
        {isp.submission.note ? ` ${isp.submission.note}` : ''}
      </p>
      <H>The provider's own outgoing server</H>
      <p>
        {isp.smartHost?.host ? <code>{isp.smartHost.host}</code> : 'Not known.'}
        {isp.smartHost?.note ? ` ${isp.smartHost.note}` : ''}
      </p>
      <H>Asking for an exception</H>
      <p>
        {exception.available === 'yes'
          ? 'Available'
          : exception.available === 'no'
            ? 'Not offered'
            : 'Unknown whether it is offered'}
        {exception.requirements.length > 0
          ? `. Reported to need ${andList(exception.requirements.map((r) => requirementLabel[r]))}.`
          : '.'}
        {exception.note ? ` ${exception.note}` : ''}
      </p>
      {exception.routes.length > 0 ? (
        <ul>
          {exception.routes.map((r) => (
            <li key={`${r.method}-${r.detail}`}>
              {methodLabel[r.method]}: {r.url ? <a href={r.url}>{r.detail}</a> : r.detail}{' '}
              <em>({reportedPhrase(r.reported)}; it may have changed since)</em>
            </li>
          ))}
        </ul>
      ) : null}
      <H>Sources</H>
      <ul className="sources">
        {isp.sources.map((s) => (
          <li key={`${s.title}-${s.published}`}>
            <a href={s.url}>{s.title}</a> ({s.published === 'undated' ? 'undated' : s.published}; read{' '}
            <time dateTime={s.read}>{formatDate(s.read, 'en')}</time>)
          </li>
        ))}
      </ul>
      <p className="meta">
        {sourced ? (
          <>
            Sourced on <time dateTime={sourced}>{formatDate(sourced, 'en')}</time>
            {isp.verified ? (
              <>
                ; re-checked against its sources on{' '}
                <time dateTime={isp.verified}>{formatDate(isp.verified, 'en')}</time>
              </>
            ) : null}
            .
          </>
        ) : (
          'No source was found for this provider.'
        )}{' '}
        How sure we are that it still holds: {confidenceLabel[isp.confidence]}.
      </p>
    </>
  );
}

/** "as reported in 2009", or "from an undated source". */
function reportedPhrase(reported: string): string {
  return reported === 'undated' ? 'from an undated source' : `as reported in ${reported}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
