// Replaces {{name}} with the ESP's values in text, code and link targets, before headings get ids.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

import { explainMissing, fillPlaceholders } from './placeholders';

export function remarkPlaceholders() {
  return (tree: Root, file: VFile) => {
    const placeholders = file.data.placeholders;
    if (!placeholders) {
      // The site config did not load: its own problems are reported, not every placeholder.
      return;
    }
    visit(tree, (node) => {
      const fill = (text: string, lineShift: number): string =>
        fillPlaceholders(text, placeholders, (name, offset) => {
          const start = node.position?.start;
          const line = start ? start.line + lineShift + text.slice(0, offset).split('\n').length - 1 : undefined;
          const message = file.message(explainMissing(name), node);
          if (line !== undefined) {
            message.line = line;
            message.column = undefined;
          }
        });
      if (node.type === 'text' || node.type === 'inlineCode') {
        node.value = fill(node.value, 0);
      } else if (node.type === 'code') {
        // A fenced block's first content line is one below the fence.
        node.value = fill(node.value, 1);
      } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        node.url = fill(node.url, 0);
        if (node.title) {
          node.title = fill(node.title, 0);
        }
        if (node.type === 'image' && node.alt) {
          node.alt = fill(node.alt, 0);
        }
      }
    });
  };
}
