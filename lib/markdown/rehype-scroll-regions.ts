// Wide tables and code scroll sideways on a 320 px phone instead of breaking the layout; a
// scrolling box must be reachable by keyboard (WCAG 2.1.1), so it gets tabindex and a name.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

function headerLabel(table: Element): string {
  const cells: Array<string> = [];
  visit(table, 'element', (node) => {
    if (node.tagName === 'th') {
      cells.push(toString(node).trim());
    }
  });
  return cells.filter(Boolean).join(', ');
}

export function rehypeScrollRegions() {
  return (tree: Root) => {
    const labels = new Map<string, number>();
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'pre') {
        node.properties.tabIndex = 0;
        return SKIP;
      }
      if (node.tagName !== 'table' || !parent || index === undefined) {
        return;
      }
      const base = `Table: ${headerLabel(node) || 'details'}`;
      const count = (labels.get(base) ?? 0) + 1;
      labels.set(base, count);
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: {
          className: ['table-scroll'],
          tabIndex: 0,
          role: 'region',
          ariaLabel: count === 1 ? base : `${base} (${count})`,
        },
        children: [node],
      };
      return SKIP;
    });
  };
}
