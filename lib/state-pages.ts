// The pages whose state is their query string, the parameters each reads and the values each may
// take. The server serves exactly these (server/routing.mjs, through the build manifest that
// scripts/build-manifest.ts writes): any other parameter, a repeated one or an unknown value is
// redirected away, so a link can only name a state the site can show. docs/security.md describes them.
import { factNames, factValues, otherIsp, type FactName } from './vocabulary/facts';

/** Values a parameter may take, or a comma-separated list of other parameters' names. */
export type ParameterRule = Array<string> | { listOf: Array<string> };

export type StatePage = {
  /** The public paths with this kind of state. */
  paths: Array<string>;
  /** The parameters that make up the cached state, in canonical order. */
  state: Record<string, ParameterRule>;
  /** Parameters a customer typed: with any of them the page is rendered at `path`, never cached. */
  typed?: { parameters: Array<string>; path: string };
};

/** The facts that personalise an answer's permalink. */
export const answerFactNames = ['sender', 'client', 'server', 'connection', 'isp'] as const satisfies Array<FactName>;

/** The troubleshooter's facts a request letter starts from. */
export const requestFactNames = ['isp', 'connection', 'server'] as const satisfies Array<FactName>;

/**
 * Parameters that change how a state is shown, not the case: `view=agent` adds the agent's trail
 * and notes, `view=embed` is the chat inside the ESP's own site; the chat's `heard` lists the facts
 * it understood from the last message, and `miss=1` says it understood nothing.
 */
export const viewParameters = {
  troubleshoot: { view: ['agent'] },
  chat: { view: ['agent', 'embed'], heard: { listOf: [...factNames] }, miss: ['1'] },
} as const;

export type StateContent = {
  ispSlugs: ReadonlyArray<string>;
  answerIds: ReadonlyArray<string>;
  /** The request form's answers a shared link may carry (lib/letter/form.ts shareableFields). */
  requestFields: ReadonlyArray<string>;
};

export function statePages({ ispSlugs, answerIds, requestFields }: StateContent): Array<StatePage> {
  const valuesOf = (name: FactName): Array<string> => [...(factValues[name] ?? [...ispSlugs, otherIsp])];
  // In the vocabulary's order, as toQuery() writes them.
  const facts = (names: ReadonlyArray<FactName>) =>
    Object.fromEntries(factNames.filter((n) => names.includes(n)).map((n) => [n, valuesOf(n)]));
  const copy = (rules: Record<string, ReadonlyArray<string> | { listOf: ReadonlyArray<string> }>) =>
    Object.fromEntries(
      Object.entries(rules).map(([n, r]): [string, ParameterRule] => [
        n,
        'listOf' in r ? { listOf: [...r.listOf] } : [...r],
      ]),
    );
  return [
    { paths: ['/troubleshoot'], state: { ...facts(factNames), ...copy(viewParameters.troubleshoot) } },
    { paths: ['/chat'], state: { ...facts(factNames), ...copy(viewParameters.chat) } },
    { paths: answerIds.map((id) => `/answers/${id}`), state: facts(answerFactNames) },
    {
      paths: ['/request'],
      state: facts(requestFactNames),
      typed: {
        parameters: requestFields.filter((f) => !(requestFactNames as ReadonlyArray<string>).includes(f)),
        path: '/request/shared',
      },
    },
  ];
}

/** The longest canonical query a page's state can have, which the server must be able to cache. */
export function longestState(page: StatePage): number {
  return Object.entries(page.state).reduce((total, [name, rule]) => {
    const longest = Array.isArray(rule)
      ? Math.max(...rule.map((v) => encodeURIComponent(v).length))
      : encodeURIComponent(rule.listOf.join(',')).length;
    return total + name.length + 2 + longest;
  }, 0);
}
