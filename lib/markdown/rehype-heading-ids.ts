// Gives every h2-h4 an id with GitHub's slug rules (unless pinned) and rejects duplicates,
// because two sections sharing an id would make an agent's link land on the wrong one.
import { slug } from 'github-slugger';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export const headingTags = new Set(['h2', 'h3', 'h4']);

export function rehypeHeadingIds() {
  return (tree: Root, file: VFile) => {
    const seen = new Map<string, number | undefined>();
    visit(tree, 'element', (node) => {
      if (!headingTags.has(node.tagName)) {
        return;
      }
      const pinnedId = node.properties.id;
      const id = typeof pinnedId === 'string' ? pinnedId : slug(toString(node));
      if (id === '') {
        file.message('this heading has no text to make an id from; add words or pin one with {#id}', node);
        return;
      }
      if (seen.has(id)) {
        const first = seen.get(id);
        file.message(
          `duplicate heading id #${id}${first === undefined ? '' : ` (first used on line ${first})`}; reword one heading or pin a different id with {#other-id}`,
          node,
        );
        return;
      }
      seen.set(id, node.position?.start.line);
      node.properties.id = id;
    });
  };
}
