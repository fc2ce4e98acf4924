// The ticket summary a customer copies or sends to support, on the real tree and directory.
import { beforeAll, expect, test } from 'vitest';

import { buildSummary, type SummaryContext } from '@/lib/chat/summary';
import { loadLibrary } from '@/lib/content/library';

let context: SummaryContext;

beforeAll(async () => {
  const library = await loadLibrary();
  const isps = new Map(library.isps.map((i) => [i.slug, i]));
  context = {
    siteName: 'Example Mail Help',
    baseUrl: 'https://help.example.net',
    tree: library.tree,
    context: { isps, config: library.config },
    answers: new Map(library.answers.map((a) => [a.id, a])),
    isps,
    diagnoses: library.diagnose.diagnoses,
  };
});

test('facts the walk did not ask, such as the kind of connection, are in the summary', () => {
  const summary = buildSummary(
    { sender: 'program', client: 'thunderbird', isp: 'lime-st-lucia', connection: 'dsl' },
    context,
    '7 December 2026',
  );
  expect(summary).toContain('- Internet provider: LIME St. Lucia (now Flow)\n');
  expect(summary).toContain('- Kind of connection: Home broadband: DSL or ADSL\n');
  expect(summary).not.toContain('Nothing yet');
  // Each fact once: the program was asked, so it is not repeated as a known fact.
  expect(summary).toContain('- Which mail program? Thunderbird\n');
  expect(summary).not.toContain('- Mail program:');
});

test('the pasted error is given as our reading of it, never as the customer’s words', () => {
  const summary = buildSummary({ diagnosis: 'port25-blocked' }, context, '7 December 2026');
  const title = context.diagnoses['port25-blocked'].title;
  expect(summary).toContain(`Our reading of the pasted error (the text itself was not kept): ${title}.`);
  expect(summary).not.toMatch(/^Pasted error:/m);
});

test('an empty case says so', () => {
  expect(buildSummary({}, context, '7 December 2026')).toContain('What we know:\n- Nothing yet.\n');
});
