import { expect, test } from 'vitest';

import { port25Assumptions, selectConditional } from '@/lib/markdown/conditions';
import { processMarkdown } from '@/lib/markdown/process';

const accepts25 = (name: string) => name === 'smtp.port.25';
const refuses25 = () => false;

const block = [
  'Intro',
  '{{#if smtp.port.25}}',
  'Test 25 too.',
  '{{else}}',
  'We do not take 25.',
  '{{/if}}',
  'End',
].join('\n');

test.for([
  { name: 'an ESP that accepts 25', has: accepts25, text: 'Intro\nTest 25 too.\nEnd', lines: [1, 3, 7] },
  { name: 'an ESP that does not', has: refuses25, text: 'Intro\nWe do not take 25.\nEnd', lines: [1, 5, 7] },
])('keeps the passage that holds for $name, and the line each kept line came from', ({ has, text, lines }) => {
  expect(selectConditional(block, has)).toEqual({ text, lines, problems: [] });
});

test('without the site config, keeps the "if" side so the text still parses', () => {
  expect(selectConditional(block, undefined).text).toBe('Intro\nTest 25 too.\nEnd');
});

test.for([
  {
    name: 'a block that is never closed',
    markdown: 'a\n{{#if smtp.port.25}}\nb',
    expected: [{ line: 2, message: '{{#if smtp.port.25}} is never closed; add a {{/if}} line after its passage' }],
  },
  {
    name: 'a nested block',
    markdown: '{{#if smtp.port.25}}\n{{#if relay.port.25}}\nx\n{{/if}}',
    expected: [
      {
        line: 2,
        message: '{{#if}} inside the {{#if smtp.port.25}} of line 1: blocks do not nest; close the first with {{/if}}',
      },
    ],
  },
  {
    name: 'an end without a start',
    markdown: 'x\n{{/if}}',
    expected: [{ line: 2, message: '{{/if}} without an {{#if …}} before it; remove it or add the {{#if}}' }],
  },
])('reports $name with its line', ({ markdown, expected }) => {
  expect(selectConditional(markdown, accepts25).problems).toEqual(expected);
});

test('names the placeholders a block may test when it names an unknown one', () => {
  const { problems } = selectConditional('{{#if smtp.port.26}}\nx\n{{/if}}', accepts25);
  expect(problems).toHaveLength(1);
  expect(problems[0]?.message).toMatch(
    /^\{\{#if smtp\.port\.26\}\} names no placeholder; use one of .*\{\{#if smtp\.port\.25\}\}/,
  );
});

test.for([
  'Test-NetConnection {{smtp.host}} -Port 25',
  'nc -vz -w 10 {{smtp.host}} 25',
  "timeout 5 bash -c '</dev/tcp/{{smtp.host}}/25'",
  'openssl s_client -starttls smtp -connect {{smtp.host}}:25',
  'swaks --server {{smtp.host}} --port 25 --tls',
  'nc: connect to {{smtp.host}} (192.0.2.10) port 25 (tcp) timed out',
  '| {{smtp.host}} | 25 | The port providers often block |',
  'open a connection to {{smtp.host}} on ports 25, 587 and 465',
  'ask for port 25 to {{relay.host}} only',
  '| Port 25 to gmail-smtp-in.l.google.com connects, but not to {{smtp.host}} | one destination |',
  'whether {{relay.host}} accepts that device on port 25',
])('finds port 25 to the ESP assumed in: %s', (line) => {
  expect(port25Assumptions(line).map((p) => p.line)).toEqual([1]);
});

test.for([
  'Send through {{relay.host}} so the port 25 block does not matter.',
  'relay={{relay.host}}[198.51.100.25]:587, dsn=2.0.0',
  'nc -vz -w 10 gmail-smtp-in.l.google.com 25',
  'probably sending on port 25, which many providers block. Send through {{smtp.host}} on 587.',
  'Test-NetConnection {{smtp.host}} -Port {{smtp.port.25}}',
  'nc -vz {{smtp.host}} 2525',
])('lets through text that does not assume it: %s', (line) => {
  expect(port25Assumptions(line)).toEqual([]);
});

test('accepts port 25 to the ESP inside the block that depends on it, in either branch', () => {
  const markdown =
    '{{#if smtp.port.25}}\nnc -vz {{smtp.host}} 25\n{{else}}\n{{smtp.host}} does not answer on port 25.\n{{/if}}';
  expect(selectConditional(markdown, accepts25).problems).toEqual([]);
});

test('says how to fix it, differently where no block can be written', () => {
  expect(selectConditional('x\nnc -vz {{relay.host}} 25', accepts25).problems).toEqual([
    {
      line: 2,
      message:
        'port 25 to {{relay.host}} assumes relay.port25: true in content/site.yaml; put this inside {{#if relay.port.25}} … {{/if}} (with {{else}} for an ESP without it), or write {{relay.port.25}} for the port',
    },
  ]);
  expect(port25Assumptions('title: Port 25 to {{smtp.host}}')[0]?.message).toBe(
    'port 25 to {{smtp.host}} assumes submission.port25: true in content/site.yaml; this text cannot depend on it: rewrite it without port 25 to that host, or write {{smtp.port.25}} for the port',
  );
});

test('reports problems after a dropped passage at their line in the file', () => {
  const markdown = ['{{#if smtp.port.25}}', 'a', 'b', '{{/if}}', '', 'Use {{nope}}.'].join('\n');
  const { messages } = processMarkdown(markdown, new Map());
  expect(messages).toEqual([{ line: 6, message: expect.stringContaining('unknown placeholder {{nope}}') as string }]);
});
