// Fills the case placeholders ({{case.isp}}, ...) of an answer for one customer. Pure: returns new trees.
import type { Element, ElementContent, Root, RootContent } from 'hast';

import { casePlaceholders, type CasePlaceholder } from '../content/answers';

export type CaseValues = Partial<Record<CasePlaceholder, string>>;

const pattern = /( ?)\{\{(case\.[a-z0-9.]+)\}\}/g;

export function fillCase(text: string, values: CaseValues): string {
  return text.replace(pattern, (whole, space: string, name: string) => {
    if (!(name in casePlaceholders)) {
      return whole;
    }
    const value = values[name as CasePlaceholder] ?? casePlaceholders[name as CasePlaceholder];
    // A sentence that says nothing for this case leaves no double space behind.
    return value === '' ? '' : `${space}${value}`;
  });
}

function fillNode<T extends RootContent | ElementContent>(node: T, values: CaseValues): T {
  if (node.type === 'text') {
    return { ...node, value: fillCase(node.value, values) };
  }
  if (node.type !== 'element') {
    return node;
  }
  const properties: Element['properties'] = {};
  for (const [key, value] of Object.entries(node.properties)) {
    properties[key] = typeof value === 'string' ? fillCase(value, values) : value;
  }
  return { ...node, properties, children: node.children.map((c) => fillNode(c, values)) };
}

export function personalise(tree: Root, values: CaseValues): Root {
  return { ...tree, children: tree.children.map((c) => fillNode(c, values)) };
}
