// One section of an article, to show inside another page (an answer shows the customer's own
// mail program's steps). Its headings lose their ids and anchors, and links to the article's own
// sections point back at the article, so the host page keeps unique ids and working links.
import type { Element, ElementContent, Root, RootContent } from 'hast';

import type { Article } from './article';

const headingLevel = (node: RootContent): number | undefined => {
  if (node.type !== 'element') {
    return undefined;
  }
  const heading = node.tagName === 'div' ? node.children[0] : node;
  return heading?.type === 'element' && /^h[2-4]$/.test(heading.tagName) ? Number(heading.tagName[1]) : undefined;
};

const headingId = (node: RootContent): unknown => {
  if (node.type !== 'element') {
    return undefined;
  }
  const heading = node.tagName === 'div' ? node.children[0] : node;
  return heading?.type === 'element' ? heading.properties.id : undefined;
};

function detach(node: ElementContent, slug: string): ElementContent | undefined {
  if (node.type !== 'element') {
    return node;
  }
  const classes = node.properties.className;
  if (Array.isArray(classes) && classes.includes('heading-anchor')) {
    return undefined;
  }
  const { id: _id, ...properties } = node.properties;
  const href = properties.href;
  if (typeof href === 'string' && href.startsWith('#')) {
    properties.href = `/articles/${slug}${href}`;
  }
  const children = node.children.flatMap((c) => detach(c, slug) ?? []);
  const element: Element = { ...node, properties, children };
  return element;
}

/** The content under the heading with this id, up to the next heading of the same or a higher level. */
export function extractSection(article: Pick<Article, 'slug' | 'tree'>, id: string): Root | undefined {
  const nodes = article.tree.children;
  const start = nodes.findIndex((n) => headingId(n) === id);
  const level = start === -1 ? undefined : headingLevel(nodes[start] as RootContent);
  if (level === undefined) {
    return undefined;
  }
  const body: Array<RootContent> = [];
  for (const node of nodes.slice(start + 1)) {
    const l = headingLevel(node);
    if (l !== undefined && l <= level) {
      break;
    }
    const detached = node.type === 'doctype' ? undefined : detach(node, article.slug);
    if (detached) {
      body.push(detached);
    }
  }
  return { type: 'root', children: body };
}

/** The id of the answer section after which a program's or server's own steps are shown. */
export const stepsAfter = 'what-to-do';

export type BodyParts = {
  /** What comes before the first heading: the explanation in a sentence or two. */
  intro: Root;
  /** From the first heading to the end of the section `id` (all of the rest if there is none). */
  upTo: Root;
  /** Everything after that section. */
  rest: Root;
};

/** A body split around one section, so something can be shown right after it. */
export function splitBody(tree: Pick<Root, 'children'>, id: string): BodyParts {
  const nodes = tree.children;
  const first = nodes.findIndex((n) => headingLevel(n) !== undefined);
  const introEnd = first === -1 ? nodes.length : first;
  const start = nodes.findIndex((n) => headingId(n) === id);
  const level = start === -1 ? undefined : headingLevel(nodes[start] as RootContent);
  let end = nodes.length;
  if (level !== undefined) {
    const next = nodes.findIndex((n, i) => i > start && (headingLevel(n) ?? Infinity) <= level);
    end = next === -1 ? nodes.length : next;
  }
  const root = (children: Array<RootContent>): Root => ({ type: 'root', children });
  return {
    intro: root(nodes.slice(0, introEnd)),
    upTo: root(nodes.slice(introEnd, Math.max(introEnd, end))),
    rest: root(nodes.slice(Math.max(introEnd, end))),
  };
}
