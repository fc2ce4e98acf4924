// Checks every link and picture in every article and answer: internal pages, #anchors, answer
// and ISP pages, troubleshooter states and public files must exist; external links must be https
// or mailto. Pure: the caller passes what exists.
import type { OutlineLink } from '../markdown/outline';
import { parseFacts } from '../vocabulary/query';
import type { Problem } from './problems';

export type LinkTarget = { slug: string; file: string; ids: ReadonlySet<string>; links: ReadonlyArray<OutlineLink> };

export type SiteIndex = {
  articles: ReadonlyMap<string, LinkTarget>;
  answers: ReadonlySet<string>;
  isps: ReadonlySet<string>;
  publicFiles: ReadonlySet<string>;
};

/** Site pages that are not one item of a collection. */
export const staticPaths: ReadonlySet<string> = new Set(['/', '/articles', '/search', '/isps', '/troubleshoot', '/chat', '/diagnose', '/request']);

const notAllowed = (url: string) =>
  `link ${JSON.stringify(url)} is not allowed; use /articles/<slug>, #<heading-id>, https:// or mailto:`;

function checkSitePath(path: string, query: string, hash: string | undefined, site: SiteIndex): string | undefined {
  const [, collection, item] = /^\/(articles|answers|isps)\/([^/]+)\/?$/.exec(path) ?? [];
  if (collection === 'articles') {
    const target = site.articles.get(item ?? '');
    if (!target) {
      return `link to ${path}, but there is no article content/articles/${item}.md`;
    }
    if (hash !== undefined && !target.ids.has(decodeURIComponent(hash))) {
      return `link to ${path}#${hash}, but ${target.file} has no heading with id "${hash}"`;
    }
    return undefined;
  }
  if (collection === 'answers' || collection === 'isps') {
    const known = collection === 'answers' ? site.answers : site.isps;
    return known.has(item ?? '')
      ? undefined
      : `link to ${path}, but there is no ${collection === 'answers' ? 'answer' : 'ISP'} content/${collection}/${item}.${collection === 'answers' ? 'md' : 'yaml'}`;
  }
  if (path === '/troubleshoot') {
    const parsed = parseFacts(new URLSearchParams(query), site.isps);
    return parsed.ok ? undefined : `link to ${path}?${query}: ${parsed.problem.message}`;
  }
  if (staticPaths.has(path)) {
    return hash === undefined
      ? undefined
      : `link to ${path}#${hash}: only article sections have checked anchors; drop #${hash}`;
  }
  return site.publicFiles.has(path)
    ? undefined
    : `link to ${path}, but there is no such page and no file public${path}`;
}

/** What is wrong with a link, or undefined. `from` is the page it is on, for #anchors. */
export function checkUrl(url: string, site: SiteIndex, from?: LinkTarget): string | undefined {
  if (url.startsWith('#')) {
    const id = decodeURIComponent(url.slice(1));
    return from?.ids.has(id) ? undefined : `link to #${id}, but this page has no heading with that id`;
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
    return notAllowed(url);
  }
  const [beforeHash = '', hash] = url.split('#', 2);
  const [path = '', query = ''] = beforeHash.split('?', 2);
  return checkSitePath(path, query, hash, site);
}

export function checkLinks(pages: ReadonlyArray<LinkTarget>, site: SiteIndex): Array<Problem> {
  const problems: Array<Problem> = [];
  for (const page of pages) {
    for (const link of page.links) {
      // An unfilled placeholder is already reported on its own (unknown, or the config failed).
      if (/\{\{|%7B%7B/i.test(link.url)) {
        continue;
      }
      const message = checkUrl(link.url, site, page);
      if (message) {
        problems.push({
          file: page.file,
          ...(link.line === undefined ? {} : { line: link.line }),
          ...(link.column === undefined ? {} : { column: link.column }),
          message,
        });
      }
    }
  }
  return problems;
}

/** Redirects must lead somewhere that exists and must not hide a live page. */
export function checkRedirects(
  redirects: ReadonlyArray<{ from: string; to: string }>,
  site: SiteIndex,
  file: string,
): Array<Problem> {
  const seen = new Set<string>();
  return redirects.flatMap((r, i): Array<Problem> => {
    const where = `redirects[${i}]`;
    const problems: Array<Problem> = [];
    if (staticPaths.has(r.from) || checkUrl(r.from, site) === undefined) {
      problems.push({ file, message: `${where}: ${r.from} is a live page; a redirect would hide it` });
    }
    if (seen.has(r.from)) {
      problems.push({ file, message: `${where}: ${r.from} is redirected twice; keep one entry` });
    }
    seen.add(r.from);
    const broken = checkUrl(r.to, site);
    if (broken) {
      problems.push({ file, message: `${where}: ${broken}` });
    }
    return problems;
  });
}
