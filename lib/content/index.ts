// The site's door to content: loads content/ once per server process and answers lookups.
import 'server-only';

import { env } from '../env';
import type { Article, Library } from './library';
import { defaultRoots, loadLibrary } from './library';

let library: Promise<Library> | undefined;

/** Everything in content/, validated. Loaded once; `next dev` reloads on every request instead. */
export function getLibrary(): Promise<Library> {
  if (env.NODE_ENV === 'development') {
    return loadLibrary(defaultRoots());
  }
  library ??= loadLibrary(defaultRoots());
  return library;
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
