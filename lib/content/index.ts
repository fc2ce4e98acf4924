// The site's door to content: loads content/ once per server process and answers lookups.
import 'server-only';

import { env } from '../env';
import type { Article, Library } from './library';
import { defaultRoots, loadLibrary } from './library';

// Next.js bundles pages and route handlers separately, each with its own copy of this module; one
// process-wide slot keeps them to one load of content/ (and one copy in memory) between them.
const slot = Symbol.for('sendhelp.library');
const processWide = globalThis as { [slot]?: Promise<Library> };

/** Everything in content/, validated. Loaded once per process; `next dev` reloads on every request instead. */
export function getLibrary(): Promise<Library> {
  if (env.NODE_ENV === 'development') {
    return loadLibrary(defaultRoots());
  }
  processWide[slot] ??= loadLibrary(defaultRoots());
  return processWide[slot];
}

export async function listArticles(): Promise<Array<Article>> {
  return (await getLibrary()).articles;
}

export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await listArticles()).find((a) => a.slug === slug);
}

export async function getSiteConfig() {
  return (await getLibrary()).config;
}
