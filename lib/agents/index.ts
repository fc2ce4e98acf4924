// The agent console's data, built once per server process: the search index over everything an
// agent may link to, and a state that reaches each node of the tree.
import 'server-only';

import type MiniSearch from 'minisearch';

import { getLibrary } from '../content';
import { createSearchIndex, type SearchDocument } from '../search/engine';
import { getAssistant } from '../troubleshoot';
import type { Facts } from '../vocabulary/facts';
import { agentDocuments } from './documents';
import { statesReaching } from './reach';

type AgentData = { index: MiniSearch<SearchDocument>; reach: Map<string, Facts> };

let data: Promise<AgentData> | undefined;

export function getAgentData(): Promise<AgentData> {
  data ??= Promise.all([getLibrary(), getAssistant()]).then(([library, assistant]) => {
    const reach = statesReaching(library.tree, assistant.context);
    const index = createSearchIndex(
      agentDocuments(library.articles, library.answers, library.isps, library.tree, reach),
    );
    return { index, reach };
  });
  return data;
}
