// Reads what the rest of the site needs from a processed article tree: the table of contents,
// the ids that links may target, the links themselves, and plain-text sections for search.
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export type TocEntry = { id: string; text: string; depth: 2 | 3; children: Array<TocEntry> };
export type OutlineLink = { url: string; line?: number; column?: number };
export type Section = { id: string | undefined; heading: string | undefined; text: string };

function headingOf(node: RootContent): Element | undefined {
  if (node.type !== 'element') {
    return undefined;
  }
  if (/^h[2-4]$/.test(node.tagName)) {
    return node;
  }
  // Headings are wrapped with their anchor by rehype-heading-anchors.
  const first = node.children[0];
  return node.tagName === 'div' && first?.type === 'element' && /^h[2-4]$/.test(first.tagName) ? first : undefined;
}

/** h2 and h3 headings, h3s nested under the h2 before them. Built from the same ids as the anchors. */
export function buildToc(tree: Root): Array<TocEntry> {
  const toc: Array<TocEntry> = [];
  for (const node of tree.children) {
    const heading = headingOf(node);
    const id = heading?.properties.id;
    if (!heading || typeof id !== 'string' || heading.tagName === 'h4') {
      continue;
    }
    const entry: TocEntry = { id, text: toString(heading), depth: heading.tagName === 'h2' ? 2 : 3, children: [] };
    const parent = toc.at(-1);
    if (entry.depth === 3 && parent) {
      parent.children.push(entry);
    } else {
      toc.push(entry);
    }
  }
  return toc;
}

export function collectIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (node) => {
    if (typeof node.properties.id === 'string') {
      ids.add(node.properties.id);
    }
  });
  return ids;
}

export function collectLinks(tree: Root): Array<OutlineLink> {
  const links: Array<OutlineLink> = [];
  visit(tree, 'element', (node) => {
    // Heading anchors are generated, so they always point at an existing id.
    const isAnchor = Array.isArray(node.properties.className) && node.properties.className.includes('heading-anchor');
    const url = node.tagName === 'a' ? node.properties.href : node.tagName === 'img' ? node.properties.src : undefined;
    if (typeof url === 'string' && !isAnchor) {
      const start = node.position?.start;
      links.push({ url, ...(start ? { line: start.line, column: start.column } : {}) });
    }
  });
  return links;
}

/** The text before the first heading, then each h2/h3 with the text under it. */
export function splitSections(tree: Root): Array<Section> {
  const sections: Array<Section> = [{ id: undefined, heading: undefined, text: '' }];
  for (const node of tree.children) {
    const heading = headingOf(node);
    const id = heading?.properties.id;
    if (heading && heading.tagName !== 'h4' && typeof id === 'string') {
      sections.push({ id, heading: toString(heading), text: '' });
      continue;
    }
    const current = sections.at(-1);
    if (current) {
      const text = heading ? toString(heading) : toString(node);
      current.text = `${current.text} ${text}`.replace(/\s+/g, ' ').trim();
    }
  }
  return sections.filter((s) => s.heading !== undefined || s.text !== '');
}
