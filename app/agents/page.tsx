import type { Metadata } from 'next';

import { getAgentData } from '@/lib/agents';
import { replyFor } from '@/lib/agents/reply';
import { searchAll } from '@/lib/search/engine';
import { absoluteUrl } from '@/lib/site-url';
import { getAssistant } from '@/lib/troubleshoot';
import { caseValues } from '@/lib/troubleshoot/case';
import { parseFacts, toQuery } from '@/lib/vocabulary/query';

import { CopyButton } from '../_components/copy-button';
import { countryName } from '../_components/isp-labels';

type Props = { searchParams: Promise<Record<string, string | Array<string> | undefined>> };

export const metadata: Metadata = {
  title: 'Agent console',
  description: 'Find any answer, article section, ISP or troubleshooter step, and copy its link or a ready reply.',
  robots: { index: false, follow: false },
};

const kindLabel: Record<string, string> = {
  answer: 'Answer',
  section: 'Article section',
  article: 'Article',
  isp: 'ISP',
  node: 'Troubleshooter step',
};

export default async function AgentsPage({ searchParams }: Props) {
  const [assistant, { index }, query] = await Promise.all([getAssistant(), getAgentData(), searchParams]);
  const first = (v: string | Array<string> | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
  const q = first(query.q).slice(0, 200).trim();
  // The customer's ISP and mail program, picked by the agent, personalise links and replies.
  const picked = parseFacts(
    { isp: first(query.isp) || undefined, client: first(query.client) || undefined },
    assistant.ispSlugs,
  );
  const facts = picked.ok ? picked.facts : {};
  const values = caseValues(facts, assistant.tree, assistant.isps);
  const personal = toQuery({ ...(facts.client ? { sender: 'program' } : {}), ...facts });
  const clientNode = assistant.tree.nodes.client;
  const clients = clientNode?.kind === 'question' ? (clientNode.options ?? []) : [];
  const hits = searchAll(index, q, 30);
  return (
    <>
      <h1>Agent console</h1>
      <form className="agent-search" action="/agents" method="get">
        <div className="field">
          <label htmlFor="agent-q">Find an answer, article section, ISP or step</label>
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
          <label htmlFor="agent-isp">Customer&rsquo;s ISP</label>
          <select id="agent-isp" name="isp" defaultValue={facts.isp ?? ''}>
            <option value="">Not known</option>
            {[...assistant.isps.values()]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((i) => (
                <option key={i.slug} value={i.slug}>
                  {i.name} ({countryName(i.country)})
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="agent-client">Customer&rsquo;s mail program</label>
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
      <p>
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
                  <p className="answer-kind">{kindLabel[hit.kind] ?? hit.kind}</p>
                  <h3>
                    <a href={path}>{hit.title}</a>
                  </h3>
                  {hit.kind === 'section' ? <p className="meta">In {hit.pageTitle}</p> : null}
                  <p className="agent-link">
                    <code>{url}</code> <CopyButton text={url} label="Copy link" done="Link copied." />
                  </p>
                  <details>
                    <summary>Ready reply</summary>
                    <pre tabIndex={0}>{reply}</pre>
                  </details>
                  <CopyButton text={reply} label="Copy reply" done="Reply copied." />
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </>
  );
}
