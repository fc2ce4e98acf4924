// Checks every link and picture in every article: internal pages, #anchors and public files must
// exist, and external links must be https or mailto. Pure: the caller lists the public files.
import type { OutlineLink } from '../markdown/outline';
import type { Problem } from './problems';

export type LinkTarget = { slug: string; file: string; ids: ReadonlySet<string>; links: ReadonlyArray<OutlineLink> };

/** Site pages outside /articles/<slug> that articles may link to. */
export const staticPaths: ReadonlySet<string> = new Set(['/', '/articles', '/search']);

/** What is wrong with a link, or undefined. `from` is the article it is in, for #anchors. */
export function checkUrl(
  url: string,
  bySlug: ReadonlyMap<string, LinkTarget>,
  publicFiles: ReadonlySet<string>,
  from?: LinkTarget,
): string | undefined {
  if (url.startsWith('#')) {
    const id = decodeURIComponent(url.slice(1));
    return from?.ids.has(id) ? undefined : `link to #${id}, but this article has no heading with that id`;
  }
  if (/^mailto:[^\s@]+@[^\s@]+$/i.test(url)) {
    return undefined;
  }
  if (/^http:\/\//i.test(url)) {
    return `link ${url} uses http://; use https://`;
  }
  if (/^https:\/\/[^\s/]+\.[^\s/]+/i.test(url)) {
    return undefined;
  }
  if (!url.startsWith('/') || url.startsWith('//')) {
    return `link ${JSON.stringify(url)} is not allowed; use /articles/<slug>, #<heading-id>, https:// or mailto:`;
  }
  const [pathAndQuery = '', hash] = url.split('#', 2);
  const path = pathAndQuery.split('?', 1)[0] ?? '';
  const article = /^\/articles\/([^/]+)\/?$/.exec(path);
  if (article) {
    const target = bySlug.get(article[1] ?? '');
    if (!target) {
      return `link to ${path}, but there is no article content/articles/${article[1]}.md`;
    }
    if (hash !== undefined && !target.ids.has(decodeURIComponent(hash))) {
      return `link to ${path}#${hash}, but ${target.file} has no heading with id "${hash}"`;
    }
    return undefined;
  }
  if (staticPaths.has(path)) {
    return hash === undefined
      ? undefined
      : `link to ${url}: pages outside /articles have no checked anchors; drop #${hash}`;
  }
  if (publicFiles.has(path)) {
    return undefined;
  }
  return `link to ${path}, but there is no such page and no file public${path}`;
}

export function checkLinks(articles: ReadonlyArray<LinkTarget>, publicFiles: ReadonlySet<string>): Array<Problem> {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const problems: Array<Problem> = [];
  for (const article of articles) {
    for (const link of article.links) {
      // An unfilled placeholder is already reported on its own (unknown, or the config failed).
      if (/\{\{|%7B%7B/i.test(link.url)) {
        continue;
      }
      const message = checkUrl(link.url, bySlug, publicFiles, article);
      if (message) {
        problems.push({
          file: article.file,
          ...(link.line === undefined ? {} : { line: link.line }),
          ...(link.column === undefined ? {} : { column: link.column }),
          message,
        });
      }
    }
  }
  return problems;
}

/** Redirects must lead somewhere that exists and must not hide a live article. */
export function checkRedirects(
  redirects: ReadonlyArray<{ from: string; to: string }>,
  articles: ReadonlyArray<LinkTarget>,
  publicFiles: ReadonlySet<string>,
  file: string,
): Array<Problem> {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const seen = new Set<string>();
  return redirects.flatMap((r, i): Array<Problem> => {
    const where = `redirects[${i}]`;
    const problems: Array<Problem> = [];
    const live = /^\/articles\/([^/]+)\/?$/.exec(r.from);
    if ((live && bySlug.has(live[1] ?? '')) || staticPaths.has(r.from)) {
      problems.push({ file, message: `${where}: ${r.from} is a live page; a redirect would hide it` });
    }
    if (seen.has(r.from)) {
      problems.push({ file, message: `${where}: ${r.from} is redirected twice; keep one entry` });
    }
    seen.add(r.from);
    const broken = checkUrl(r.to, bySlug, publicFiles);
    if (broken) {
      problems.push({ file, message: `${where}: ${broken}` });
    }
    return problems;
  });
}
