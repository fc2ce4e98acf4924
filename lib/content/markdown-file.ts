// A markdown file with YAML frontmatter (articles, answers): frontmatter checked against a schema,
// body through the markdown pipeline, line numbers true to the file. Pure.
import type { Root } from 'hast';
import type { z } from 'zod';

import { port25Assumptions } from '../markdown/conditions';
import { collectIds, collectLinks } from '../markdown/outline';
import { processMarkdown } from '../markdown/process';
import type { LinkTarget } from './links';
import { explainMissing, fillPlaceholders, type Placeholders } from '../markdown/placeholders';
import type { Problem } from './problems';
import { parseYaml, splitFrontmatter, type Parsed } from './yaml';

export type MarkdownFile<T> = {
  /** Undefined when the frontmatter is unusable. */
  data?: T;
  tree: Root;
  /** Always there, so links to this file and from it are still checked. */
  target: LinkTarget;
  problems: Array<Problem>;
  /** Fills placeholders in frontmatter text, reporting unknown ones against this file. */
  fill: (text: string) => string;
};

const missingFrontmatter =
  'missing frontmatter: start the file with a "---" line, the YAML keys, and another "---" line';

/** placeholders is undefined when the site config failed; placeholders are then left alone. */
export function parseMarkdownFile<S extends z.ZodType>(
  source: string,
  file: string,
  slug: string,
  schema: S,
  placeholders: Placeholders | undefined,
): MarkdownFile<z.infer<S>> {
  const parts = splitFrontmatter(source) ?? { yaml: undefined, body: source, bodyLine: 1 };
  const front: Parsed<z.infer<S>> =
    parts.yaml === undefined
      ? { ok: false, problems: [{ file, line: 1, message: missingFrontmatter }] }
      : parseYaml(parts.yaml, schema, file, { lineOffset: 1, label: 'frontmatter' });
  // Blank lines in place of the frontmatter keep every reported line number true to the file.
  const { tree, messages } = processMarkdown('\n'.repeat(parts.bodyLine - 1) + parts.body, placeholders);
  const problems: Array<Problem> = [
    // Frontmatter text (titles, agent replies) has no {{#if}} blocks: it must hold for every ESP.
    ...port25Assumptions(parts.yaml ?? '').map((p) => ({ file, line: p.line + 1, message: `frontmatter: ${p.message}` })),
    ...messages.map((m) => ({ file, ...m })),
  ];
  const target: LinkTarget = { slug, file, ids: collectIds(tree), links: collectLinks(tree) };
  const fill = (text: string) =>
    placeholders
      ? fillPlaceholders(text, placeholders, (name) => problems.push({ file, line: 2, message: explainMissing(name) }))
      : text;
  if (!front.ok) {
    problems.push(...front.problems);
    return { tree, target, problems, fill };
  }
  return { data: front.value, tree, target, problems, fill };
}
