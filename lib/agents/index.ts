// The agent console's data, built once per server process: the search index over everything an
// agent may link to, a state that reaches each node of the tree, and what each document is for.
import 'server-only';

import type MiniSearch from 'minisearch';

import { getLibrary } from '../content';
import { createSearchIndex, type SearchDocument } from '../search/engine';
import { getAssistant } from '../troubleshoot';
import type { Facts } from '../vocabulary/facts';
import { agentDocuments, agentRelevance } from './documents';
import { exploreTree } from './reach';
import type { Relevance } from './search';

type AgentData = { index: MiniSearch<SearchDocument>; reach: Map<string, Facts>; relevance: Relevance };

let data: Promise<AgentData> | undefined;

export function getAgentData(): Promise<AgentData> {
  data ??= Promise.all([getLibrary(), getAssistant()]).then(([library, assistant]) => {
    const explored = exploreTree(library.tree, assistant.context);
    const index = createSearchIndex(
      agentDocuments(library.articles, library.answers, library.isps, library.tree, explored.states),
    );
    return {
      index,
      reach: explored.states,
      relevance: agentRelevance(library.tree, explored.reachedWith, explored.states),
    };
  });
  return data;
}
