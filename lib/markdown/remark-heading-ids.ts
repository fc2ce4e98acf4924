// Pinned heading ids: "## Title {#my-id}" keeps #my-id stable when the title is reworded.
// Also enforces the heading levels the page layout relies on.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

const pinned = /\s*\{#([^}]*)\}\s*$/;
const validId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (node) => {
      if (node.depth === 1) {
        file.message(
          'a "# " heading is not allowed in the body: the title comes from the frontmatter; use "## "',
          node,
        );
      } else if (node.depth > 4) {
        file.message(`heading level ${node.depth} is too deep; use ##, ### or ####`, node);
      }
      const last = node.children.at(-1);
      if (last?.type !== 'text') {
        return;
      }
      const match = pinned.exec(last.value);
      if (!match) {
        return;
      }
      const id = match[1] ?? '';
      if (!validId.test(id)) {
        file.message(
          `pinned heading id {#${id}} must be lowercase letters, digits and hyphens, e.g. {#change-port}`,
          node,
        );
        return;
      }
      last.value = last.value.slice(0, match.index);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    });
  };
}
