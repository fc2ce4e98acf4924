import type { Metadata } from 'next';

import { prefillFromQuery, type RawRequest } from '@/lib/letter/form';
import { getAssistant } from '@/lib/troubleshoot';
import { connections, servers } from '@/lib/vocabulary/facts';
import { factWords } from '@/lib/vocabulary/words';

import { countryName } from './isp-labels';
import { RequestForm } from './request-form';

export function requestMetadata(prefilled: boolean): Metadata {
  return {
    title: 'Ask your provider for a port 25 exception',
    description:
      'Fill in a few details and get a clear, polite letter asking your internet provider to allow outbound port 25 for your mail server.',
    alternates: { canonical: '/request' },
    robots: prefilled ? { index: false, follow: false } : { index: true, follow: true },
  };
}

/** The request form, prefilled from a link's query (only technical answers, never contact details). */
export async function RequestScreen({ query }: { query: RawRequest }) {
  const assistant = await getAssistant();
  const initial = prefillFromQuery(query);
  // Suggest the ESP's relay as the port 25 destination only if it accepts port 25 (site.yaml relay.port25).
  if (assistant.config.relay.port25) {
    initial.relayHosts ??= assistant.config.relay.host;
  }
  const isps = [...assistant.isps.values()]
    .map((i) => ({ slug: i.slug, name: i.name, group: countryName(i.country) }))
    .sort((a, b) => a.group.localeCompare(b.group) || a.name.localeCompare(b.name));
  return (
    <div className="prose">
      <h1 className="no-print">Ask your provider for a port 25 exception</h1>
      <p className="lead no-print">
        For a mail server that must send on port 25 and cannot relay through a smart host. Answer what your provider
        will ask, and we'll write the letter, addressed the way your provider takes requests where we know it.
      </p>
      <p className="no-print">
        Not sure you need this? Most servers can relay through {assistant.config.relay.host} instead, with no exception
        and no risk of receivers refusing a home address:{' '}
        <a href="/articles/ask-isp-for-port-25-exception">when an exception is the right fix</a>.
      </p>
      <RequestForm
        initial={initial}
        isps={isps}
        connections={connections.map((id) => ({ id, label: factWords.connection[id].label }))}
        servers={servers.map((id) => ({ id, label: factWords.server[id].label }))}
        relayHost={assistant.config.relay.host}
        relayOn25={assistant.config.relay.port25}
      />
    </div>
  );
}
