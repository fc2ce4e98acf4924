// Every URL the site publishes, section anchors included. Agents paste these into tickets, so a
// URL that disappears must come back through a redirect (pages) or a pinned id (sections).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Library } from './library';

export function publishedUrls(library: Pick<Library, 'articles' | 'answers' | 'isps'>): Array<string> {
  const urls = ['/', '/articles', '/search', '/troubleshoot', '/chat', '/diagnose', '/request', '/isps'];
  for (const a of library.articles) {
    urls.push(`/articles/${a.slug}`, ...[...a.ids].map((id) => `/articles/${a.slug}#${id}`));
  }
  urls.push(...library.answers.map((a) => `/answers/${a.id}`), ...library.isps.map((i) => `/isps/${i.slug}`));
  return urls.sort();
}

/** Published URLs that no longer resolve, with what to do about each. */
export function missingUrls(recorded: ReadonlyArray<string>, library: Pick<Library, 'articles' | 'answers' | 'isps' | 'redirects'>): Array<string> {
  const live = new Set(publishedUrls(library));
  const redirected = new Set(library.redirects.map((r) => r.from));
  return recorded.flatMap((url) => {
    if (live.has(url) || redirected.has(url)) {
      return [];
    }
    const [page = '', id] = url.split('#');
    if (id !== undefined && live.has(page)) {
      return [`${url}: the heading is gone; pin its id back on the heading that replaced it: {#${id}}`];
    }
    return [`${url}: the page is gone; add it to content/redirects.yaml with the page that replaces it`];
  });
}

/** content/published-urls.txt: one URL path per line, # comments. */
export async function readPublished(
  path = join(process.cwd(), 'content', 'published-urls.txt'),
): Promise<Array<string>> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
