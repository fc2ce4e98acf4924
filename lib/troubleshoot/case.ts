// What we know about one customer's case, in the words pages need: names for the case placeholders,
// and which article section holds the settings steps for their mail program or server software.
import type { IspEntry } from '../content/isps';
import type { Tree, TreeOption } from '../content/schema';
import type { CaseValues } from './personalise';
import { port25Clause } from '../vocabulary/directory';
import { ispConnections, type Facts, type IspConnection } from '../vocabulary/facts';
import { factWords } from '../vocabulary/words';

const isIspConnection = (c: string | undefined): c is IspConnection =>
  (ispConnections as ReadonlyArray<string>).includes(c ?? '');

/**
 * What the directory says about an ISP's outbound port 25, as one sentence with the year it was
 * reported: for the customer's kind of connection when we know it, else for every kind it reports.
 * It states a status only for connection types the entry names; the rest stay unknown.
 */
export function ispPort25(isp: Pick<IspEntry, 'name' | 'port25'>, connection: string | undefined): string {
  const clause = (type: IspConnection, entry: NonNullable<IspEntry['port25'][IspConnection]>) => {
    const when = entry.reported === 'undated' ? 'from an undated source' : `as reported in ${entry.reported}`;
    const said = port25Clause[entry.status]?.replace('{on}', factWords.connection[type].name);
    return said === undefined ? undefined : `${said} (${when})`;
  };
  if (isIspConnection(connection)) {
    const entry = isp.port25[connection];
    const said = entry ? clause(connection, entry) : undefined;
    return said
      ? `${isp.name} ${said}.`
      : `We don't know whether ${isp.name} blocks outbound port 25 on ${factWords.connection[connection].name}.`;
  }
  const known = Object.entries(isp.port25).flatMap(([type, entry]) => clause(type as IspConnection, entry) ?? []);
  return known.length > 0
    ? `${isp.name} ${known.join('; ')}.`
    : `We don't know whether ${isp.name} blocks outbound port 25.`;
}

function optionOf(tree: Tree, fact: 'client' | 'server', value: string | undefined): TreeOption | undefined {
  const node = tree.nodes[fact];
  return value === undefined || node?.kind !== 'question' ? undefined : node.options?.find((o) => o.id === value);
}

export function caseValues(facts: Facts, tree: Tree, isps: ReadonlyMap<string, IspEntry>): CaseValues {
  const client = optionOf(tree, 'client', facts.client);
  const server = optionOf(tree, 'server', facts.server);
  const isp = facts.isp === undefined ? undefined : isps.get(facts.isp);
  return {
    ...(isp ? { 'case.isp': isp.name, 'case.isp.port25': ispPort25(isp, facts.connection) } : {}),
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
