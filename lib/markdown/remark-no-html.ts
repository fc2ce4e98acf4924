// Articles are plain markdown: raw HTML would bypass escaping and the design, so it is an error.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export function remarkNoHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node) => {
      file.message(
        `raw HTML is not allowed (${JSON.stringify(node.value.slice(0, 40))}); use markdown instead, e.g. **bold** or a list`,
        node,
      );
    });
  };
}
