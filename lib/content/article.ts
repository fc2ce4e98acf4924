// One article file: frontmatter checked against the schema, body through the markdown pipeline.
// Pure: the caller reads the file and collects the problems.
import type { Root } from 'hast';

import {
  buildToc,
  collectIds,
  collectLinks,
  splitSections,
  type OutlineLink,
  type Section,
  type TocEntry,
} from '../markdown/outline';
import { processMarkdown } from '../markdown/process';
import type { LinkTarget } from './links';
import { explainMissing, fillPlaceholders, type Placeholders } from './placeholders';
import type { Problem } from './problems';
import { articleFrontmatterSchema, type ArticleFrontmatter } from './schema';
import { parseYaml, splitFrontmatter, type Parsed } from './yaml';

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

export type ParsedArticle = {
  /** Undefined when the frontmatter is unusable. */
  article?: Article;
  /** Always there, so links to this file and from it are still checked. */
  target: LinkTarget;
  problems: Array<Problem>;
};

const missingFrontmatter =
  'missing frontmatter: start the file with a "---" line, the YAML keys, and another "---" line';

/** placeholders is undefined when the site config failed; placeholders are then left alone. */
export function parseArticle(
  source: string,
  file: string,
  slug: string,
  placeholders: Placeholders | undefined,
): ParsedArticle {
  const parts = splitFrontmatter(source) ?? { yaml: undefined, body: source, bodyLine: 1 };
  const front: Parsed<ArticleFrontmatter> =
    parts.yaml === undefined
      ? { ok: false, problems: [{ file, line: 1, message: missingFrontmatter }] }
      : parseYaml(parts.yaml, articleFrontmatterSchema, file, { lineOffset: 1, label: 'frontmatter' });
  // Blank lines in place of the frontmatter keep every reported line number true to the file.
  const { tree, messages } = processMarkdown('\n'.repeat(parts.bodyLine - 1) + parts.body, placeholders);
  const problems: Array<Problem> = messages.map((m) => ({ file, ...m }));
  const target: LinkTarget = { slug, file, ids: collectIds(tree), links: collectLinks(tree) };
  if (!front.ok) {
    return { target, problems: [...problems, ...front.problems] };
  }
  const fill = (text: string) =>
    placeholders
      ? fillPlaceholders(text, placeholders, (name) => problems.push({ file, line: 2, message: explainMissing(name) }))
      : text;
  const sections = splitSections(tree);
  const article: Article = {
    ...front.value,
    slug,
    file,
    title: fill(front.value.title),
    summary: fill(front.value.summary),
    tree,
    toc: buildToc(tree),
    ids: target.ids,
    sections,
    links: [...target.links],
    words: sections.reduce((n, s) => n + s.text.split(' ').length, 0),
  };
  return { article, target, problems };
}
