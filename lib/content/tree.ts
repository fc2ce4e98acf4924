// content/troubleshoot/tree.yaml: the decision tree, with its questions' help text as markdown.
import type { Root } from 'hast';

import { collectLinks } from '../markdown/outline';
import { processMarkdown } from '../markdown/process';
import type { LinkTarget } from './links';
import { explainMissing, fillPlaceholders, type Placeholders } from '../markdown/placeholders';
import type { Problem } from './problems';
import { treeSchema, type Tree, type TreeNode } from './schema';
import { parseYaml } from './yaml';

export type LoadedTree = Tree & {
  file: string;
  /** Rendered help per question id; with helpBy, per value of the fact it depends on. */
  help: ReadonlyMap<string, { always?: Root; byValue: ReadonlyMap<string, Root> }>;
  /** The help texts' links, checked like an article's. */
  target: LinkTarget;
};

export function parseTree(
  text: string,
  file: string,
  placeholders: Placeholders | undefined,
): { tree?: LoadedTree; problems: Array<Problem> } {
  const parsed = parseYaml(text, treeSchema, file);
  if (!parsed.ok) {
    return { problems: parsed.problems };
  }
  const problems: Array<Problem> = [];
  const links: Array<LinkTarget['links'][number]> = [];
  const render = (markdown: string, where: string): Root => {
    const { tree, messages } = processMarkdown(markdown, placeholders);
    problems.push(...messages.map((m) => ({ file, message: `${where}: ${m.message}` })));
    links.push(...collectLinks(tree).map(({ url }) => ({ url })));
    return tree;
  };
  const fill = (text: string, where: string) =>
    placeholders
      ? fillPlaceholders(text, placeholders, (name) =>
          problems.push({ file, message: `${where}: ${explainMissing(name)}` }),
        )
      : text;
  const nodes: Record<string, TreeNode> = {};
  for (const [id, node] of Object.entries(parsed.value.nodes)) {
    nodes[id] =
      node.kind !== 'question'
        ? node
        : {
            ...node,
            text: fill(node.text, `node "${id}" text`),
            ...(node.options
              ? {
                  options: node.options.map((o) => ({
                    ...o,
                    label: fill(o.label, `node "${id}" option "${o.id}"`),
                    name: fill(o.name, `node "${id}" option "${o.id}"`),
                  })),
                }
              : {}),
            ...(node.directory
              ? {
                  directory: {
                    ...node.directory,
                    otherLabel: fill(node.directory.otherLabel, `node "${id}" directory`),
                  },
                }
              : {}),
          };
  }
  const help = new Map<string, { always?: Root; byValue: Map<string, Root> }>();
  for (const [id, node] of Object.entries(parsed.value.nodes)) {
    if (node.kind !== 'question' || (!node.help && !node.helpBy)) {
      continue;
    }
    const byValue = new Map<string, Root>();
    for (const [value, markdown] of Object.entries(node.helpBy?.variants ?? {})) {
      byValue.set(value, render(markdown, `node "${id}" helpBy.variants.${value}`));
    }
    help.set(id, { ...(node.help ? { always: render(node.help, `node "${id}" help`) } : {}), byValue });
  }
  const tree: LoadedTree = { ...parsed.value, nodes, file, help, target: { slug: '', file, ids: new Set(), links } };
  return { tree, problems };
}
