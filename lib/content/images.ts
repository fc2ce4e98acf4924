// Diagrams in articles: sized from their viewBox so the page does not jump while they load, and
// swapped for a portrait "-narrow.svg" variant on phones when one exists, so their text stays legible.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Element, Parent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Screens at most this wide get the narrow variant of a diagram. */
export const narrowMedia = '(max-width: 36rem)';

/** Width and height from an SVG's viewBox. */
export function svgSize(svg: string): { width: number; height: number } | undefined {
  const box = /viewBox\s*=\s*"\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  return box ? { width: Math.round(Number(box[1])), height: Math.round(Number(box[2])) } : undefined;
}

export async function prepareImages(tree: Root, publicDir: string, publicFiles: ReadonlySet<string>): Promise<void> {
  const found: Array<{ img: Element; parent: Parent; index: number; src: string }> = [];
  visit(tree, 'element', (node, index, parent) => {
    const src = node.properties.src;
    if (node.tagName === 'img' && typeof src === 'string' && src.endsWith('.svg') && publicFiles.has(src) && parent) {
      found.push({ img: node, parent, index: index ?? 0, src });
    }
  });
  const sizeOf = async (src: string) => svgSize(await readFile(join(/*turbopackIgnore: true*/ publicDir, src), 'utf8'));
  for (const { img, parent, index, src } of found) {
    Object.assign(img.properties, await sizeOf(src));
    const narrow = src.replace(/\.svg$/, '-narrow.svg');
    if (!publicFiles.has(narrow)) {
      continue;
    }
    const source: Element = {
      type: 'element',
      tagName: 'source',
      properties: { media: narrowMedia, srcSet: narrow, ...(await sizeOf(narrow)) },
      children: [],
    };
    parent.children[index] = { type: 'element', tagName: 'picture', properties: {}, children: [source, img] };
  }
}
