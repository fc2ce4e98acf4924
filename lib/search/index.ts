// The server's search index, built once per process from the loaded content.
import 'server-only';

import type MiniSearch from 'minisearch';

import { getLibrary } from '../content';
import { buildSearchDocuments } from './documents';
import { createSearchIndex, searchArticles, type SearchDocument, type SearchHit } from './engine';

let index: Promise<MiniSearch<SearchDocument>> | undefined;

export function getSearchIndex(): Promise<MiniSearch<SearchDocument>> {
  index ??= getLibrary().then((library) =>
    createSearchIndex(buildSearchDocuments(library.articles, library.answers, library.isps)),
  );
  return index;
}

export async function search(query: string): Promise<Array<SearchHit>> {
  return searchArticles(await getSearchIndex(), query);
}
