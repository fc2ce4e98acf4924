// One article: a markdown file with the article frontmatter, plus its outline for the page and search.
import type { Root } from 'hast';

import { buildToc, splitSections, type OutlineLink, type Section, type TocEntry } from '../markdown/outline';
import type { LinkTarget } from './links';
import { parseMarkdownFile } from './markdown-file';
import type { Placeholders } from '../markdown/placeholders';
import type { Problem } from './problems';
import { articleFrontmatterSchema, type ArticleFrontmatter } from './schema';

export type Article = Omit<ArticleFrontmatter, 'title' | 'summary'> & {
  slug: string;
  /** Source path relative to the project root, for messages. */
  file: string;
  title: string;
  summary: string;
  tree: Root;
  toc: Array<TocEntry>;
  ids: ReadonlySet<string>;
  sections: Array<Section>;
  links: Array<OutlineLink>;
  words: number;
};

export type ParsedArticle = { article?: Article; target: LinkTarget; problems: Array<Problem> };

export function parseArticle(
  source: string,
  file: string,
  slug: string,
  placeholders: Placeholders | undefined,
): ParsedArticle {
  const { data, tree, target, problems, fill } = parseMarkdownFile(
    source,
    file,
    slug,
    articleFrontmatterSchema,
    placeholders,
  );
  if (!data) {
    return { target, problems };
  }
  const sections = splitSections(tree);
  const article: Article = {
    ...data,
    slug,
    file,
    title: fill(data.title),
    summary: fill(data.summary),
    tree,
    toc: buildToc(tree),
    ids: target.ids,
    sections,
    links: [...target.links],
    words: sections.reduce((n, s) => n + s.text.split(' ').length, 0),
  };
  return { article, target, problems };
}
