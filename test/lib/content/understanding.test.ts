import { readFile } from 'node:fs/promises';

import { expect, test } from 'vitest';

import { parseUnderstanding } from '@/lib/content/understanding';

const file = 'content/chat/understanding.yaml';

test('the real understanding file has no problems', async () => {
  expect(parseUnderstanding(await readFile(file, 'utf8'), file).problems).toEqual([]);
});

test('values, facts, ports and phrases it names must exist, each problem with its fix', async () => {
  const text = (await readFile(file, 'utf8'))
    .replace('sender: [relay-server, direct-server, app, program]', 'sender: [relay-server, direct-server, app, programme]')
    .replace('facts: [server, client, sender.direct-server', 'facts: [servers, client, sender.direkt')
    .replace("numbers: ['25', '587', '465', '2525']", "numbers: ['25', '587', '465', '2526']")
    .replace('clauseBreaks: [but,', "clauseBreaks: ['!!', but,")
    .replace('        last: 1\n', '        last: 2\n');
  expect(parseUnderstanding(text, file).problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toMatchInlineSnapshot(`
    [
      "content/chat/understanding.yaml:110: prefer.sender[3]: "programme" is not a value of sender; use one of program, app, relay-server, direct-server",
      "content/chat/understanding.yaml:757: families.symptom.stopped-recently[23].last: group 2 does not exist; use 0 to 1 (the family has 2 groups)",
      "content/chat/understanding.yaml:153: towards.facts[0]: "servers" is not a fact; use one of sender, client, server, symptom, connection, isp, port, tls, abuse, smarthost, auth, one-network, hosted, vpn, os, t25, t587, t465, t2525, diagnosis",
      "content/chat/understanding.yaml:153: towards.facts[2]: "direkt" is not a value of sender; use one of program, app, relay-server, direct-server",
      "content/chat/understanding.yaml:199: ports.numbers[3]: 2526 is not a port the tree asks about; use one of 25, 587, 465, 2525, unknown",
      "content/chat/understanding.yaml:99: clauseBreaks[0]: "!!" has no letters or digits; remove it",
    ]
  `);
});
