import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { beforeAll, expect, test } from 'vitest';

import { loadLibrary, type Library } from '@/lib/content/library';
import { extractSection, splitBody, stepsAfter } from '@/lib/content/sections';
import { caseValues, ispPort25, stepsChoices, stepsFor } from '@/lib/troubleshoot/case';
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
  ).toEqual({
    'case.isp': 'LIME St. Lucia (now Flow)',
    // No connection given: what the directory reports for any kind (its unknowns left out).
    'case.isp.port25': 'LIME St. Lucia (now Flow) blocks outbound port 25 on DSL or ADSL (as reported in 2009).',
    'case.client': 'the Gmail app',
    'case.server': 'Exchange',
  });
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

test('what the directory says about the ISP is stated with its year, not hedged', () => {
  const isps = new Map(library.isps.map((i) => [i.slug, i]));
  const lime = isps.get('lime-st-lucia')!;
  expect(ispPort25(lime, 'dsl')).toBe(
    'LIME St. Lucia (now Flow) blocks outbound port 25 on DSL or ADSL (as reported in 2009).',
  );
  // The entry names leased lines but does not know: unknown stays unknown.
  expect(ispPort25(lime, 'leased-line')).toBe(
    "We don't know whether LIME St. Lucia (now Flow) blocks outbound port 25 on leased line.",
  );
  // A kind of connection the entry does not name is not given another kind's status.
  expect(ispPort25(lime, 'cable')).toBe(
    "We don't know whether LIME St. Lucia (now Flow) blocks outbound port 25 on cable.",
  );
  // Without the connection: every kind the directory reports on.
  expect(ispPort25(isps.get('comcast-xfinity')!, undefined)).toBe(
    'Comcast (Xfinity) blocks outbound port 25 on cable (as reported in 2012).',
  );
  expect(caseValues({ isp: 'lime-st-lucia', connection: 'dsl' }, library.tree, isps)['case.isp.port25']).toBe(
    ispPort25(lime, 'dsl'),
  );
});

test('the use-587 answer and its reply say what the directory says about the ISP', () => {
  const isps = new Map(library.isps.map((i) => [i.slug, i]));
  const answer = library.answers.find((a) => a.id === 'use-587')!;
  const lime = caseValues({ isp: 'lime-st-lucia', connection: 'dsl', client: 'thunderbird' }, library.tree, isps);
  const html = toHtml(personalise(answer.tree, lime));
  expect(html).toContain('LIME St. Lucia (now Flow) blocks outbound port 25 on DSL or ADSL (as reported in 2009).');
  expect(html).not.toMatch(/possibly/);
  const comcast = caseValues({ isp: 'comcast-xfinity', client: 'thunderbird' }, library.tree, isps);
  expect(fillCase(answer.reply, comcast)).toContain('Comcast (Xfinity) blocks outbound port 25 on cable');
  // With no ISP the sentence is simply absent, leaving no gap.
  const none = fillCase(answer.reply, {});
  expect(none).not.toMatch(/ {2}|\{\{/);
});

test('a sentence placeholder that says nothing leaves no double space', () => {
  expect(fillCase('Spam. {{case.isp.port25}} So it fails.', {})).toBe('Spam. So it fails.');
  expect(fillCase('Spam. {{case.isp.port25}} So it fails.', { 'case.isp.port25': 'X blocks it.' })).toBe(
    'Spam. X blocks it. So it fails.',
  );
});

test('an answer body splits around "What to do", so the customer’s own steps follow it', () => {
  const answer = library.answers.find((a) => a.id === 'use-587')!;
  const { intro, upTo, rest } = splitBody(answer.tree, stepsAfter);
  expect(toHtml(intro)).toMatch(/^<p>Your mail is most likely/);
  expect(toHtml(upTo)).toContain('id="what-to-do"');
  expect(toHtml(upTo)).not.toContain('id="if-it-still-doesnt-work"');
  expect(toHtml(rest)).toMatch(/^\s*<div class="heading heading-h2"><h2 id="if-it-still-doesnt-work"/);
  expect([...intro.children, ...upTo.children, ...rest.children]).toEqual(answer.tree.children);
});
