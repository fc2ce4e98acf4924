import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { beforeAll, expect, test } from 'vitest';

import { loadLibrary, type Library } from '@/lib/content/library';
import { extractSection } from '@/lib/content/sections';
import { caseValues, stepsChoices, stepsFor } from '@/lib/troubleshoot/case';
import { fillCase, personalise } from '@/lib/troubleshoot/personalise';

let library: Library;

beforeAll(async () => {
  library = await loadLibrary();
});

test('case placeholders take the case values, or their plain defaults', () => {
  expect(fillCase('Set {{case.client}} for {{case.isp}}.', { 'case.client': 'Thunderbird' })).toBe(
    'Set Thunderbird for your internet provider.',
  );
  expect(fillCase('{{case.unknown}} stays', {})).toBe('{{case.unknown}} stays');
});

test('personalising reaches text and attributes and escapes nothing by itself', () => {
  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { href: '/isps?name={{case.isp}}' },
        children: [{ type: 'text', value: 'About {{case.isp}}' }],
      },
    ],
  };
  expect(toHtml(personalise(tree, { 'case.isp': '<b>Evil</b>' }))).toBe(
    '<a href="/isps?name=<b>Evil</b>">About &#x3C;b>Evil&#x3C;/b></a>',
  );
});

test('names come from the tree and the directory', () => {
  expect(
    caseValues(
      { isp: 'lime-st-lucia', client: 'android-gmail', server: 'exchange' },
      library.tree,
      new Map(library.isps.map((i) => [i.slug, i])),
    ),
  ).toEqual({ 'case.isp': 'LIME St. Lucia (now Flow)', 'case.client': 'the Gmail app', 'case.server': 'Exchange' });
});

test('a mail program gets its own steps; a server gets the server software steps', () => {
  expect(stepsFor({ sender: 'program', client: 'thunderbird' }, library.tree)?.article).toBe(
    'thunderbird-outgoing-server#change-outgoing-server',
  );
  expect(stepsFor({ sender: 'relay-server', server: 'postfix' }, library.tree)?.article).toBe(
    'relay-through-smart-host#postfix',
  );
  expect(stepsFor({ sender: 'direct-server' }, library.tree)).toBeUndefined();
  expect(stepsChoices({ sender: 'direct-server' }, library.tree).map((c) => c.value)).toEqual([
    'postfix',
    'exim',
    'exchange',
    'hmailserver',
    'other-server',
  ]);
});

test('an embedded section keeps no ids or anchors and points its own links back at the article', () => {
  const article = library.articles.find((a) => a.slug === 'relay-through-smart-host');
  const html = toHtml(extractSection(article!, 'postfix') ?? { type: 'root', children: [] });
  expect(html).not.toMatch(/ id="/);
  expect(html).not.toContain('heading-anchor');
  expect(html).not.toMatch(/href="#/);
  expect(html).toContain('relayhost');
  expect(html).not.toContain('Exim');
});
