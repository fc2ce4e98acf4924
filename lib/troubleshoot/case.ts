// What we know about one customer's case, in the words pages need: names for the case placeholders,
// and which article section holds the settings steps for their mail program or server software.
import type { IspEntry } from '../content/isps';
import type { Tree, TreeOption } from '../content/schema';
import type { CaseValues } from './personalise';
import type { Facts } from '../vocabulary/facts';

function optionOf(tree: Tree, fact: 'client' | 'server', value: string | undefined): TreeOption | undefined {
  const node = tree.nodes[fact];
  return value === undefined || node?.kind !== 'question' ? undefined : node.options?.find((o) => o.id === value);
}

export function caseValues(facts: Facts, tree: Tree, isps: ReadonlyMap<string, IspEntry>): CaseValues {
  const client = optionOf(tree, 'client', facts.client);
  const server = optionOf(tree, 'server', facts.server);
  const isp = facts.isp === undefined ? undefined : isps.get(facts.isp);
  return {
    ...(isp ? { 'case.isp': isp.name } : {}),
    ...(client ? { 'case.client': client.name } : {}),
    ...(server ? { 'case.server': server.name } : {}),
  };
}

/** Mail servers have server software steps; everyone else has a mail program's or app's. */
export function stepsFact(facts: Facts): 'client' | 'server' {
  return facts.sender === 'relay-server' || facts.sender === 'direct-server' || (facts.server && !facts.client)
    ? 'server'
    : 'client';
}

export type Steps = { fact: 'client' | 'server'; value: string; label: string; article: string };

/** The steps to show for this case, if we know the program or server and it has an article section. */
export function stepsFor(facts: Facts, tree: Tree): Steps | undefined {
  const fact = stepsFact(facts);
  const option = optionOf(tree, fact, facts[fact]);
  return option?.article ? { fact, value: option.id, label: option.label, article: option.article } : undefined;
}

/** Every program (or server) that has steps, for "show the steps for…" links when we don't know which. */
export function stepsChoices(facts: Facts, tree: Tree): Array<Steps> {
  const fact = stepsFact(facts);
  const node = tree.nodes[fact];
  const options = node?.kind === 'question' ? (node.options ?? []) : [];
  return options.flatMap((o) => (o.article ? [{ fact, value: o.id, label: o.label, article: o.article }] : []));
}
