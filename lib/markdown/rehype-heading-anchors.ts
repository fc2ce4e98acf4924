// A visible "#" link beside every heading, so readers and agents can copy a link to a section.
// The link sits next to the heading, not inside it, so the heading's accessible name stays clean.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

import { headingTags } from './rehype-heading-ids';

export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      const id = node.properties.id;
      if (!headingTags.has(node.tagName) || typeof id !== 'string' || !parent || index === undefined) {
        return;
      }
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link to section: ${toString(node)}` },
        children: [{ type: 'text', value: '#' }],
      };
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading', `heading-${node.tagName}`] },
        children: [node, anchor],
      };
      return SKIP;
    });
  };
}
