import type { Metadata } from 'next';

import { getAgentData } from '@/lib/agents';
import { replyFor } from '@/lib/agents/reply';
import { agentSearch } from '@/lib/agents/search';
import { absoluteUrl } from '@/lib/site-url';
import { getAssistant } from '@/lib/troubleshoot';
import { caseValues, ispPort25 } from '@/lib/troubleshoot/case';
import { parseFacts, toQuery } from '@/lib/vocabulary/query';
import type { Facts } from '@/lib/vocabulary/facts';

import { CopyButton } from '../_components/copy-button';
import { ispsByCountry } from '../_components/isp-labels';

type Props = { searchParams: Promise<Record<string, string | Array<string> | undefined>> };

export const metadata: Metadata = {
  title: 'Agent console',
  description: 'Find any answer, article section, ISP or troubleshooter step, and copy its link or a ready reply.',
  robots: { index: false, follow: false },
};

const kindLabel: Record<string, string> = {
  answer: 'Answer',
  section: 'Section',
  article: 'Article',
  isp: 'ISP',
  node: 'Question',
};

export default async function AgentsPage({ searchParams }: Props) {
  const [assistant, { index, relevance }, query] = await Promise.all([getAssistant(), getAgentData(), searchParams]);
  const first = (v: string | Array<string> | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
  const q = first(query.q).slice(0, 200).trim();
  // The customer's ISP and mail program, picked by the agent, personalise links and replies and
  // rank what fits them first. Each is read on its own: one the console does not know is named,
  // and the other still counts.
  const facts: Facts = {};
  const unknown: Array<string> = [];
  for (const [fact, name] of [
    ['isp', 'ISP'],
    ['client', 'mail program'],
  ] as const) {
    const value = first(query[fact]);
    if (value === '') {
      continue;
    }
    const parsed = parseFacts({ [fact]: value }, assistant.ispSlugs);
    if (parsed.ok && parsed.facts[fact] !== undefined) {
      facts[fact] = parsed.facts[fact];
    } else {
      unknown.push(`the ${name} "${value.slice(0, 40)}"`);
    }
  }
  const values = caseValues(facts, assistant.tree, assistant.isps);
  const pickedIsp = facts.isp === undefined ? undefined : assistant.isps.get(facts.isp);
  const personal = toQuery({ ...(facts.client ? { sender: 'program' } : {}), ...facts });
  const clientNode = assistant.tree.nodes.client;
  const clients = clientNode?.kind === 'question' ? (clientNode.options ?? []) : [];
  const hits = agentSearch(index, q, { isp: facts.isp, client: facts.client }, relevance, 30);
  return (
    <>
      <h1>Agent console</h1>
      <form className="agent-search" action="/agents" method="get">
        <div className="field agent-q">
          <label htmlFor="agent-q">Find an answer, article section, ISP or question</label>
          <input
            id="agent-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={200}
            placeholder="e.g. 535, Comcast, hMailServer relay"
          />
        </div>
        <div className="field">
          <label htmlFor="agent-isp">Customer&apos;s ISP</label>
          <select id="agent-isp" name="isp" defaultValue={facts.isp ?? ''}>
            <option value="">Not known</option>
            {ispsByCountry(assistant.isps.values()).map(([country, isps]) => (
              <optgroup key={country} label={country}>
                {isps.map((i) => (
                  <option key={i.slug} value={i.slug}>
                    {i.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="agent-client">Customer&apos;s mail program</label>
          <select id="agent-client" name="client" defaultValue={facts.client ?? ''}>
            <option value="">Not known</option>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Search</button>
      </form>
      {unknown.length > 0 ? (
        <p className="notice" role="alert">
          The console doesn&apos;t know {unknown.join(' or ')}, so the results are not personalised for it. Pick it from
          the list above.
        </p>
      ) : null}
      {pickedIsp ? (
        <section className="agent-case" aria-labelledby="agent-isp-title">
          <h2 id="agent-isp-title">
            Customer&apos;s provider: <a href={`/isps/${pickedIsp.slug}`}>{pickedIsp.name}</a>
          </h2>
          <p>{ispPort25(pickedIsp, undefined)}</p>
          <div className="hit-actions">
            <CopyButton
              text={absoluteUrl(assistant.config, `/isps/${pickedIsp.slug}`)}
              label="Copy link"
              done="Link copied."
            />
          </div>
        </section>
      ) : null}
      <p className="meta">
        <a href="/agents/tree">Map of the whole troubleshooting tree</a> · Add <code>?view=agent</code> to any
        troubleshooter or chat page to see node ids and notes.
      </p>
      {q === '' ? null : (
        <section aria-labelledby="agent-results">
          <h2 id="agent-results">
            {hits.length === 0
              ? `Nothing matches “${q}”`
              : `${hits.length} ${hits.length === 1 ? 'match' : 'matches'} for “${q}”`}
          </h2>
          <ol className="agent-hits">
            {hits.map((hit) => {
              const path = hit.kind === 'answer' && personal ? `${hit.url}?${personal}` : hit.url;
              const url = absoluteUrl(assistant.config, path);
              const answer = hit.kind === 'answer' ? assistant.answers.get(hit.url.split('/').at(-1) ?? '') : undefined;
              const reply = replyFor(hit, url, values, answer);
              return (
                <li key={hit.id} className="agent-hit">
                  <h3>
                    <span className="hit-kind">{kindLabel[hit.kind] ?? hit.kind}</span> <a href={path}>{hit.title}</a>
                    {hit.kind === 'section' ? <span className="meta"> · in {hit.pageTitle}</span> : null}
                  </h3>
                  <p className="agent-link">
                    <code>{url}</code>
                  </p>
                  <div className="hit-actions">
                    <CopyButton text={url} label="Copy link" done="Link copied." />
                    <CopyButton text={reply} label="Copy reply" done="Reply copied." />
                  </div>
                  <details>
                    <summary>Read the reply</summary>
                    <pre tabIndex={0}>{reply}</pre>
                  </details>
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </>
  );
}
