import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { afterAll, expect, test } from 'vitest';

import { loadLibrary } from '@/lib/content/library';
import { ContentError } from '@/lib/content/problems';

const fixtures = join(import.meta.dirname, '../../fixtures');
const roots = { contentDir: join(fixtures, 'content'), publicDir: join(fixtures, 'public') };
const scratch: Array<string> = [];

afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A copy of the fixture content with one file rewritten; fixtures themselves stay read-only. */
async function brokenCopy(file: string, edit: (text: string) => string) {
  const dir = await mkdtemp(join(tmpdir(), 'sendhelp-content-'));
  scratch.push(dir);
  await cp(roots.contentDir, dir, { recursive: true });
  const path = join(dir, file);
  await writeFile(path, edit(await readFile(path, 'utf8').catch(() => '')));
  return { contentDir: dir, publicDir: roots.publicDir, shown: relative(process.cwd(), path) };
}

async function problemsOf(r: { contentDir: string; publicDir: string }): Promise<Array<string>> {
  try {
    await loadLibrary(r);
  } catch (error) {
    if (error instanceof ContentError) {
      return error.problems.map((p) => `${p.line ?? '-'}: ${p.message}`);
    }
    throw error;
  }
  return [];
}

test('loads articles with placeholders filled, ids, table of contents and sized diagrams', async () => {
  const library = await loadLibrary(roots);
  const ports = library.articles.find((a) => a.slug === 'ports');
  expect(library.articles.map((a) => a.slug)).toEqual(['ports', 'smart-host']);
  expect(ports?.title).toBe('Which port Fixture Mail uses');
  expect(ports?.summary).toBe('Port 587 with STARTTLS is the one to use for mail programs.');
  expect(ports?.toc).toEqual([
    {
      id: 'port-587',
      text: 'Port 587',
      depth: 2,
      children: [{ id: 'with-starttls', text: 'With STARTTLS', depth: 3, children: [] }],
    },
    { id: 'port-465', text: 'Port 465', depth: 2, children: [] },
  ]);
  expect(JSON.stringify(ports?.tree)).toContain('"width":640,"height":200');
  expect(library.config.submission.host).toBe('smtp.example.org');
});

test('reports no problems in the fixture content', async () => {
  expect(await problemsOf(roots)).toEqual([]);
});

test.for([
  {
    name: 'a misspelt frontmatter key',
    file: 'articles/ports.md',
    edit: (t: string) => t.replace('title:', 'tilte:'),
    expected: [
      '2: frontmatter.title: required: add a "title:" line',
      '2: frontmatter: unknown key "tilte": fix the spelling or remove it',
    ],
  },
  {
    name: 'a date that is not YYYY-MM-DD',
    file: 'articles/ports.md',
    edit: (t: string) => t.replace('reviewed: 2026-11-01', 'reviewed: 1 Nov 2026'),
    expected: ['6: frontmatter.reviewed: expected a date written YYYY-MM-DD'],
  },
  {
    name: 'missing frontmatter',
    file: 'articles/ports.md',
    edit: (t: string) => t.replace(/^---[\s\S]*?---\n/, ''),
    expected: ['1: missing frontmatter: start the file with a "---" line, the YAML keys, and another "---" line'],
  },
  {
    name: 'a link to a missing article',
    file: 'articles/smart-host.md',
    edit: (t: string) => t.replace('/articles/ports', '/articles/portz'),
    expected: ['20: link to /articles/portz, but there is no article content/articles/portz.md'],
  },
  {
    name: 'a link to a missing anchor in another article',
    file: 'articles/ports.md',
    edit: (t: string) => t.replace('#postfix', '#exim'),
    expected: [
      expect.stringMatching(
        /^20: link to \/articles\/smart-host#exim, but \S+\/articles\/smart-host\.md has no heading with id "exim"$/,
      ) as unknown as string,
    ],
  },
  {
    name: 'a link to a missing anchor on the same page',
    file: 'articles/ports.md',
    edit: (t: string) => t.replace('(#port-587)', '(#port-578)'),
    expected: ['28: link to #port-578, but this page has no heading with that id'],
  },
  {
    name: 'a duplicate heading id',
    file: 'articles/ports.md',
    edit: (t: string) => t.replace('## Port 465', '## Port 587'),
    expected: [
      '26: duplicate heading id #port-587 (first used on line 18); reword one heading or pin a different id with {#other-id}',
    ],
  },
  {
    name: 'an unknown placeholder',
    file: 'articles/smart-host.md',
    edit: (t: string) => t.replace('{{relay.port.starttls}}', '{{relay.prot}}'),
    expected: [
      '17: unknown placeholder {{relay.prot}}; known placeholders: {{relay.host}}, {{relay.port.starttls}}, {{relay.port.tls}}, {{relay.port.alt}}, {{relay.port.25}}, {{relay.username}}, {{relay.password}}',
    ],
  },
  {
    name: 'a placeholder the ESP has no value for',
    file: 'articles/smart-host.md',
    edit: (t: string) => t.replace('{{relay.port.starttls}}', '{{relay.port.alt}}'),
    expected: [
      '17: placeholder {{relay.port.alt}} has no value: content/site.yaml does not set relay.alternatePort. Set it there, or rewrite this passage for an ESP without it',
    ],
  },
  {
    name: 'raw HTML',
    file: 'articles/smart-host.md',
    edit: (t: string) => t.replace('Point your server', '<b>Point</b> your server'),
    expected: [
      '12: raw HTML is not allowed ("<b>"); use markdown instead, e.g. **bold** or a list',
      '12: raw HTML is not allowed ("</b>"); use markdown instead, e.g. **bold** or a list',
    ],
  },
  {
    name: 'a javascript: link',
    file: 'articles/smart-host.md',
    edit: (t: string) => t.replace('mailto:{{support.email}}', 'javascript:alert(1)'),
    expected: [
      '20: link "javascript:alert(1)" is not allowed; use /articles/<slug>, #<heading-id>, https:// or mailto:',
    ],
  },
  {
    name: 'a missing diagram',
    file: 'articles/ports.md',
    edit: (t: string) => t.replace('/diagrams/path.svg', '/diagrams/paht.svg'),
    expected: ['16: link to /diagrams/paht.svg, but there is no such page and no file public/diagrams/paht.svg'],
  },
  {
    name: 'an unknown category and related article',
    file: 'articles/ports.md',
    edit: (t: string) => t.replace('category: basics', 'category: basic').replace('[smart-host]', '[smarthost]'),
    expected: [
      '-: frontmatter.category: unknown category "basic"; use one of basics, servers (content/categories.yaml)',
      '-: frontmatter.related: no article content/articles/smarthost.md',
    ],
  },
  {
    name: 'an accent colour too light to read on white',
    file: 'site.yaml',
    edit: (t: string) => t.replace("accent: '#0b5cad'", "accent: '#9ecbff'"),
    expected: [
      '7: colours.accent: the accent colour must have a contrast of at least 4.5:1 on white (#ffffff); pick a darker colour',
    ],
  },
  {
    name: 'a submission host that is not a host name',
    file: 'site.yaml',
    edit: (t: string) => t.replace('host: smtp.example.org', 'host: smtp'),
    expected: ['10: submission.host: expected a fully qualified host name such as smtp.example.net'],
  },
  {
    name: 'redirects to nowhere, from a live page, and twice',
    file: 'redirects.yaml',
    edit: () =>
      [
        '- { from: /articles/old-ports, to: /articles/portz }',
        '- { from: /articles/ports, to: /articles/smart-host }',
        '- { from: /articles/old-ports, to: /articles/ports#port-465 }',
      ].join('\n'),
    expected: [
      '-: redirects[0]: link to /articles/portz, but there is no article content/articles/portz.md',
      '-: redirects[1]: /articles/ports is a live page; a redirect would hide it',
      '-: redirects[2]: /articles/old-ports is redirected twice; keep one entry',
    ],
  },
  {
    name: 'a tree option that leads nowhere',
    file: 'troubleshoot/tree.yaml',
    edit: (t: string) =>
      t.replace('{ id: app, next: use-587 }', '{ id: app, next: use-588 }'),
    expected: ['-: node "sender": option "app" leads to "use-588", which is not a node; add it or fix the id'],
  },
  {
    name: 'an answer the tree never reaches',
    file: 'answers/orphan.md',
    edit: () =>
      '---\ntitle: Orphan\nsummary: Nobody links to this answer at all.\nkind: remedy\nreply: Nothing leads here, which is the point.\nreviewed: 2026-11-01\n---\n\nText.\n',
    expected: [
      '-: content/answers/orphan.md is not the answer of any outcome node; add an outcome for it or remove the file',
    ],
  },
  {
    name: 'an ISP status for a connection type no source names',
    file: 'isps/example-isp.yaml',
    edit: (t: string) => t.replace('connections: [dsl]', 'connections: [cable]'),
    expected: [
      '7: port25.dsl: no source names dsl, so its status stays unknown: remove this entry, or add "dsl" to the connections of the source that names it',
    ],
  },
  {
    name: 'an ISP status in a year its source does not report',
    file: 'isps/example-isp.yaml',
    edit: (t: string) => t.replace("reported: '2020'", "reported: '2019'"),
    expected: [
      '7: port25.dsl.reported: "2019" is not the date of a source that names dsl (2020); use that source\'s year, or "undated"',
    ],
  },
  {
    name: 'an ISP entry "verified" on the day its source was first read',
    file: 'isps/example-isp.yaml',
    edit: (t: string) => t.replace('confidence: medium', 'verified: 2026-11-01\nconfidence: medium'),
    expected: [
      '12: verified: a verification is a later re-check of the sources, but the newest source was read on 2026-11-01; remove "verified" (the reading is recorded as each source\'s "read")',
    ],
  },
  {
    name: 'high confidence in an ISP entry resting on an undated source',
    file: 'isps/example-isp.yaml',
    edit: (t: string) =>
      t
        .replace("reported: '2020'", 'reported: undated')
        .replace("published: '2020'", 'published: undated')
        .replace('confidence: medium', 'confidence: high'),
    expected: [
      '12: confidence: an undated source cannot support "high" confidence that the entry is still accurate; use medium or low',
    ],
  },
  {
    name: 'an ISP source without an address',
    file: 'isps/example-isp.yaml',
    edit: (t: string) => t.replace("url: 'https://www.example.com/help', ", ''),
    expected: ['11: sources[0].url: expected the https:// (or http://) address of the source'],
  },
  {
    name: 'port 25 to the ESP assumed outside a block that depends on it',
    file: 'articles/ports.md',
    edit: (t: string) => t.replace('on port {{smtp.port.starttls}}.', 'on port 25.'),
    expected: [
      '14: port 25 to {{smtp.host}} assumes submission.port25: true in content/site.yaml; put this inside {{#if smtp.port.25}} … {{/if}} (with {{else}} for an ESP without it), or write {{smtp.port.25}} for the port',
    ],
  },
  {
    name: 'a passage block that is never closed',
    file: 'articles/ports.md',
    edit: (t: string) => `${t}\n{{#if smtp.port.25}}\nPort 25 works too.\n`,
    expected: ['30: {{#if smtp.port.25}} is never closed; add a {{/if}} line after its passage'],
  },
  {
    name: 'an ESP that does not say whether it accepts port 25',
    file: 'site.yaml',
    edit: (t: string) => t.replace('  port25: false\n', ''),
    expected: ['9: submission.port25: say whether this host accepts connections on port 25: port25: true or port25: false'],
  },
  {
    name: 'broken YAML',
    file: 'categories.yaml',
    edit: (t: string) => t.replace('  title: Basics', ' title: Basics'),
    expected: [
      '2: invalid YAML: Sequence item without - indicator',
      '2: invalid YAML: Nested mappings are not allowed in compact mappings',
      '2: invalid YAML: Implicit keys need to be on a single line',
    ],
  },
])('names the file, line and fix for $name', async ({ file, edit, expected }) => {
  const copy = await brokenCopy(file, edit);
  expect(await problemsOf(copy)).toEqual(expected);
});

test('shows the passage for the port 25 setting the ESP has, and only that one', async () => {
  const block = '\n{{#if smtp.port.25}}\nTest {{smtp.host}} on {{smtp.port.25}} too.\n{{else}}\nOur server does not take port 25.\n{{/if}}\n';
  const without = await brokenCopy('articles/ports.md', (t) => `${t}${block}`);
  const textOf = async (roots: { contentDir: string; publicDir: string }) =>
    JSON.stringify((await loadLibrary(roots)).articles.find((a) => a.slug === 'ports')?.tree);
  expect(await textOf(without)).toContain('Our server does not take port 25.');
  expect(await textOf(without)).not.toContain('too.');
  await writeFile(
    join(without.contentDir, 'site.yaml'),
    (await readFile(join(without.contentDir, 'site.yaml'), 'utf8')).replace('  port25: false\n', '  port25: true\n'),
  );
  expect(await textOf(without)).toContain('Test smtp.example.org on 25 too.');
  expect(await textOf(without)).not.toContain('does not take');
});

test('the error message lists every problem with its file path', async () => {
  const copy = await brokenCopy('articles/ports.md', (t) => t.replace('#postfix', '#exim'));
  await expect(loadLibrary(copy)).rejects.toThrow(
    `Content has 1 problem:\n  ${copy.shown}:20:32: link to /articles/smart-host#exim`,
  );
});
