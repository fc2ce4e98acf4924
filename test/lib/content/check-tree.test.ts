import { expect, test } from 'vitest';

import type { TreeFile } from '@/lib/content/schema';
import { checkTree } from '@/lib/content/check-tree';
import { ports, symptoms, tlsModes } from '@/lib/vocabulary/facts';

const refs = {
  answers: new Set(['use-587', 'smart-host']),
  articles: new Map([['ports', new Set(['port-587'])]]),
  ispSlugs: ['comcast'],
};

const sender = (next: Partial<Record<'program' | 'app' | 'relay-server' | 'direct-server', string>> = {}) => ({
  kind: 'question' as const,
  text: 'What is sending?',
  options: (['program', 'app', 'relay-server', 'direct-server'] as const).map((id) => ({
    id,
    next: next[id] ?? 'use-587',
  })),
});

const good: TreeFile = {
  start: 'sender',
  nodes: {
    sender: sender({ 'relay-server': 'smart-host', 'direct-server': 'smart-host' }),
    'use-587': { kind: 'outcome' },
    'smart-host': { kind: 'outcome' },
  },
};

const problems = (tree: TreeFile) => checkTree(tree, refs, 'tree.yaml').map((p) => p.message);

test('a good tree has no problems', () => {
  expect(problems(good)).toEqual([]);
});

test.for([
  {
    name: 'an option leading nowhere',
    tree: {
      ...good,
      nodes: {
        ...good.nodes,
        sender: sender({ app: 'nowhere', 'relay-server': 'smart-host', 'direct-server': 'smart-host' }),
      },
    },
    expected: ['node "sender": option "app" leads to "nowhere", which is not a node; add it or fix the id'],
  },
  {
    name: 'a question that is not a fact',
    tree: {
      ...good,
      nodes: {
        ...good.nodes,
        colour: {
          kind: 'question',
          text: 'Colour?',
          options: [
            { id: 'red', next: 'use-587' },
            { id: 'blue', next: 'use-587' },
          ],
        },
      },
    },
    expected: [
      expect.stringMatching(/^node "colour": a question's id is the fact it asks; "colour" is not one of sender, /),
      'node "colour": cannot be reached from the start; link to it from an option or a check, or remove it',
    ],
  },
  {
    name: 'a missing option for a value of the fact',
    tree: { ...good, nodes: { ...good.nodes, sender: { ...sender(), options: sender().options.slice(0, 3) } } },
    expected: [
      'node "sender": no option for "direct-server"; a link may set sender=direct-server, so every value needs an option (use "only" to hide one)',
      'node "smart-host": cannot be reached from the start; link to it from an option or a check, or remove it',
    ],
  },
  {
    name: 'an outcome without an answer file',
    tree: {
      ...good,
      nodes: {
        ...good.nodes,
        sender: sender({ app: 'use-999', 'relay-server': 'smart-host', 'direct-server': 'smart-host' }),
        'use-999': { kind: 'outcome' },
      },
    },
    expected: ['node "use-999": its answer "use-999" has no file content/answers/use-999.md; write it or fix the id'],
  },
  {
    name: 'a check on nothing known',
    tree: {
      ...good,
      nodes: {
        ...good.nodes,
        sender: sender({ app: 'route', 'relay-server': 'smart-host' }),
        route: { kind: 'check', on: 'weather', branches: {} },
      },
    },
    expected: [expect.stringMatching(/^node "route": checks "weather", which is neither a fact nor a derived fact/)],
  },
  {
    name: 'a check that cannot always choose',
    tree: {
      ...good,
      nodes: {
        ...good.nodes,
        sender: sender({ app: 'route', 'relay-server': 'smart-host' }),
        route: { kind: 'check', on: 'line', branches: { dynamic: 'use-587' } },
      },
    },
    expected: ['node "route": no branch for static, cloud, managed, unknown and no "otherwise"; add one of them'],
  },
  {
    name: 'a check on a plain fact without a way out when it is unknown',
    tree: {
      ...good,
      nodes: {
        ...good.nodes,
        sender: sender({ app: 'route', 'relay-server': 'smart-host' }),
        route: {
          kind: 'check',
          on: 'port',
          branches: { '25': 'use-587', '587': 'use-587', '465': 'use-587', '2525': 'use-587', unknown: 'use-587' },
        },
      },
    },
    expected: ['node "route": "port" may not be known yet when the walk gets here; add "otherwise"'],
  },
  {
    name: 'a loop',
    tree: {
      ...good,
      nodes: {
        ...good.nodes,
        sender: sender({ app: 'route', 'relay-server': 'smart-host' }),
        route: { kind: 'check', on: 'symptom', branches: {}, otherwise: 'sender' },
      },
    },
    expected: ['the tree loops: sender → route → sender; a path must always move towards an outcome'],
  },
  {
    name: 'an article section that does not exist',
    tree: {
      ...good,
      nodes: {
        ...good.nodes,
        sender: {
          ...sender({ 'relay-server': 'smart-host', 'direct-server': 'smart-host' }),
          options: sender({ 'relay-server': 'smart-host', 'direct-server': 'smart-host' }).options.map((o) =>
            o.id === 'program' ? { ...o, article: 'ports#port-25' } : o,
          ),
        },
      },
    },
    expected: [
      'node "sender": option "program": article "ports#port-25": content/articles/ports.md has no heading with id "port-25"',
    ],
  },
] as Array<{ name: string; tree: TreeFile; expected: Array<string> }>)('reports $name', ({ tree, expected }) => {
  expect(problems(tree).sort()).toEqual(expected);
});

test('a path with too many questions is refused, naming the path', () => {
  const chain: TreeFile = {
    start: 'sender',
    nodes: {
      sender: sender({ program: 'symptom', 'relay-server': 'smart-host', 'direct-server': 'smart-host' }),
      symptom: {
        kind: 'question',
        text: 'What happens?',
        options: symptoms.map((id) => ({ id, next: 'port' })),
      },
      port: {
        kind: 'question',
        text: 'Port?',
        options: ports.map((id) => ({ id, next: 'tls' })),
      },
      tls: {
        kind: 'question',
        text: 'TLS?',
        options: tlsModes.map((id) => ({ id, next: 'abuse' })),
      },
      abuse: {
        kind: 'question',
        text: 'Abuse?',
        options: ['yes', 'no'].map((id) => ({ id, next: 'smarthost' })),
      },
      smarthost: {
        kind: 'question',
        text: 'Smart host?',
        options: ['yes', 'no'].map((id) => ({ id, next: 'os' })),
      },
      os: {
        kind: 'question',
        text: 'System?',
        options: ['windows', 'mac', 'linux'].map((id) => ({ id, next: 't25' })),
      },
      t25: {
        kind: 'question',
        text: 'Test?',
        options: ['open', 'timeout', 'refused', 'intercepted'].map((id) => ({ id, next: 't587' })),
      },
      t587: {
        kind: 'question',
        text: 'Test?',
        options: ['open', 'timeout', 'refused', 'intercepted'].map((id) => ({ id, next: 'use-587' })),
      },
      'use-587': { kind: 'outcome' },
      'smart-host': { kind: 'outcome' },
    },
  };
  expect(problems(chain)).toEqual([
    'one path asks 9 questions (sender → symptom → port → tls → abuse → smarthost → os → t25 → t587 → use-587); keep every path to 8 or fewer',
  ]);
});
