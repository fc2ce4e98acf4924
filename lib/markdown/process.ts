// The one markdown pipeline. Built and frozen once at module scope; every article reuses it.
import type { Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';

import { selectConditional } from './conditions';
import type { Placeholders } from './placeholders';
import { rehypeFigures } from './rehype-figures';
import { rehypeHeadingAnchors } from './rehype-heading-anchors';
import { rehypeHeadingIds } from './rehype-heading-ids';
import { rehypeScrollRegions } from './rehype-scroll-regions';
import { remarkHeadingIds } from './remark-heading-ids';
import { remarkNoHtml } from './remark-no-html';
import { remarkPlaceholders } from './remark-placeholders';
import './vfile-data';

const processor = unified()
  .use(remarkParse) // markdown text to mdast
  .use(remarkGfm) // tables, strikethrough and autolinks, as authors know them from GitHub
  .use(remarkNoHtml) // raw HTML is an authoring error, not something to render
  .use(remarkPlaceholders) // the ESP's values, before ids are made from heading text
  .use(remarkHeadingIds) // pinned {#ids} and allowed heading levels
  .use(remarkRehype) // mdast to hast; raw HTML stays dropped (allowDangerousHtml is off)
  .use(rehypeHeadingIds) // one slugger for ids; duplicates are errors
  .use(rehypeHeadingAnchors) // the visible "#" link to every section
  .use(rehypeFigures) // captioned diagrams
  .use(rehypeScrollRegions) // wide tables and code scroll on small screens, keyboard-reachable
  .freeze();

export type MarkdownMessage = { line?: number; column?: number; message: string };

export type ProcessedMarkdown = { tree: Root; messages: Array<MarkdownMessage> };

/**
 * Turns an article body into a hast tree; problems come back as messages, never thrown. Passages
 * in {{#if}} blocks are kept or dropped first, and every position is mapped back to the line in
 * the file, so messages and links point where the author wrote them.
 */
export function processMarkdown(markdown: string, placeholders: Placeholders | undefined): ProcessedMarkdown {
  const selected = selectConditional(markdown, placeholders && ((name) => placeholders.has(name)));
  const file = new VFile({ value: selected.text, data: placeholders ? { placeholders } : {} });
  const parsed = processor.parse(file);
  visit(parsed, (node) => {
    const position = node.position;
    if (position) {
      position.start.line = selected.lines[position.start.line - 1] ?? position.start.line;
      position.end.line = selected.lines[position.end.line - 1] ?? position.end.line;
    }
  });
  const tree = processor.runSync(parsed, file);
  return {
    tree,
    messages: [
      ...selected.problems,
      ...file.messages.map((m) => ({
        ...(m.line === undefined || m.line === null ? {} : { line: m.line }),
        ...(m.column === undefined || m.column === null ? {} : { column: m.column }),
        message: m.reason,
      })),
    ],
  };
}
