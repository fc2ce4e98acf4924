// The one markdown pipeline. Built and frozen once at module scope; every article reuses it.
import type { Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';

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

/** Turns an article body into a hast tree; problems come back as messages, never thrown. */
export function processMarkdown(markdown: string, placeholders: Placeholders | undefined): ProcessedMarkdown {
  const file = new VFile({ value: markdown, data: placeholders ? { placeholders } : {} });
  const tree = processor.runSync(processor.parse(file), file);
  return {
    tree,
    messages: file.messages.map((m) => ({
      ...(m.line === undefined || m.line === null ? {} : { line: m.line }),
      ...(m.column === undefined || m.column === null ? {} : { column: m.column }),
      message: m.reason,
    })),
  };
}
