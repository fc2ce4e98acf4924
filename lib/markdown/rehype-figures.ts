// A paragraph holding only a picture becomes a <figure>; the markdown title becomes its caption.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

function onlyImage(node: Element): Element | undefined {
  const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const [first] = meaningful;
  return meaningful.length === 1 && first?.type === 'element' && first.tagName === 'img' ? first : undefined;
}

export function rehypeFigures() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'p' || !parent || index === undefined) {
        return;
      }
      const img = onlyImage(node);
      if (!img) {
        return;
      }
      const { title, ...rest } = img.properties;
      img.properties = { ...rest, loading: 'lazy', decoding: 'async' };
      const children: Array<Element> = [img];
      if (typeof title === 'string' && title !== '') {
        children.push({
          type: 'element',
          tagName: 'figcaption',
          properties: {},
          children: [{ type: 'text', value: title }],
        });
      }
      parent.children[index] = { type: 'element', tagName: 'figure', properties: {}, children };
    });
  };
}
