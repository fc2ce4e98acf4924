import { toHtml } from 'hast-util-to-html';
import { expect, test } from 'vitest';

import { processMarkdown } from '@/lib/markdown/process';

const placeholders = new Map([
  ['smtp.host', 'smtp.example.net'],
  ['smtp.port.starttls', '587'],
  ['support.email', 'support@example.net'],
]);

function render(markdown: string) {
  const { tree, messages } = processMarkdown(markdown, placeholders);
  return { html: toHtml(tree), messages };
}

test('gives headings GitHub-style ids and a visible link to the section', () => {
  expect(render('## Port 465 (implicit TLS)').html).toMatchInlineSnapshot(
    `"<div class="heading heading-h2"><h2 id="port-465-implicit-tls">Port 465 (implicit TLS)</h2><a class="heading-anchor" href="#port-465-implicit-tls" aria-label="Link to section: Port 465 (implicit TLS)">#</a></div>"`,
  );
});

test('keeps a pinned id and removes it from the heading text', () => {
  const { html, messages } = render('## Change the outgoing server {#change-outgoing-server}');
  expect(messages).toEqual([]);
  expect(html).toContain('<h2 id="change-outgoing-server">Change the outgoing server</h2>');
});

test.for([
  { markdown: '## Settings\n\ntext\n\n## Settings', expected: 'duplicate heading id #settings (first used on line 1)' },
  { markdown: '## One {#same}\n\n## Two {#same}', expected: 'duplicate heading id #same (first used on line 1)' },
  { markdown: '# Title', expected: 'a "# " heading is not allowed in the body' },
  { markdown: '##### Deep', expected: 'heading level 5 is too deep' },
  { markdown: '## Bad {#Not_Valid}', expected: 'pinned heading id {#Not_Valid} must be lowercase' },
  { markdown: '## !!!', expected: 'this heading has no text to make an id from' },
  { markdown: 'Text <b>bold</b>', expected: 'raw HTML is not allowed' },
  { markdown: '<script>alert(1)</script>', expected: 'raw HTML is not allowed' },
  { markdown: 'Use {{smtp.hots}}.', expected: 'unknown placeholder {{smtp.hots}}' },
])('reports "$expected"', ({ markdown, expected }) => {
  const { messages } = render(markdown);
  expect(messages.map((m) => m.message).join('\n')).toContain(expected);
});

test('reports the line of a problem inside a code block', () => {
  const { messages } = render('Intro\n\n```sh\nnc -vz {{smtp.host}} 587\nnc -vz {{nope}} 587\n```');
  expect(messages).toEqual([{ line: 5, message: expect.stringContaining('unknown placeholder {{nope}}') as string }]);
});

test('fills placeholders in text, inline code, code blocks and link targets', () => {
  const { html, messages } = render(
    'Server {{smtp.host}}, `port {{smtp.port.starttls}}`, [mail us](mailto:{{support.email}})\n\n```sh\nnc -vz {{smtp.host}} {{smtp.port.starttls}}\n```',
  );
  expect(messages).toEqual([]);
  expect(html).toMatchInlineSnapshot(`
    "<p>Server smtp.example.net, <code>port 587</code>, <a href="mailto:support@example.net">mail us</a></p>
    <pre tabindex="0"><code class="language-sh">nc -vz smtp.example.net 587
    </code></pre>"
  `);
});

test('drops raw HTML from the output even though it is reported', () => {
  expect(render('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>').html).toBe('');
});

test('escapes what looks like markup in placeholder values and text', () => {
  const { tree } = processMarkdown('Hello {{esp.name}} & `<b>`', new Map([['esp.name', '<i>ESP</i>']]));
  expect(toHtml(tree)).toMatchInlineSnapshot(`"<p>Hello &#x3C;i>ESP&#x3C;/i> &#x26; <code>&#x3C;b></code></p>"`);
});

test('renders GFM tables inside a keyboard-reachable scroll region named by the header', () => {
  expect(render('| Port | Use |\n|---|---|\n| 587 | mail programs |').html).toMatchInlineSnapshot(`
    "<div class="table-scroll" tabindex="0" role="region" aria-label="Table: Port, Use"><table>
    <thead>
    <tr>
    <th>Port</th>
    <th>Use</th>
    </tr>
    </thead>
    <tbody>
    <tr>
    <td>587</td>
    <td>mail programs</td>
    </tr>
    </tbody>
    </table></div>"
  `);
});

test('turns a lone captioned picture into a figure', () => {
  expect(render('![A diagram](/diagrams/x.svg "How mail travels")').html).toMatchInlineSnapshot(
    `"<figure><img src="/diagrams/x.svg" alt="A diagram" loading="lazy" decoding="async"><figcaption>How mail travels</figcaption></figure>"`,
  );
});

test('makes code blocks focusable so they can be scrolled with the keyboard', () => {
  expect(render('```text\n220 smtp.example.net ESMTP\n```').html).toMatchInlineSnapshot(`
    "<pre tabindex="0"><code class="language-text">220 smtp.example.net ESMTP
    </code></pre>"
  `);
});

test('supports GFM autolinks and strikethrough', () => {
  expect(
    render('See https://www.rfc-editor.org/rfc/rfc8314 and ~~port 465 is deprecated~~').html,
  ).toMatchInlineSnapshot(
    `"<p>See <a href="https://www.rfc-editor.org/rfc/rfc8314">https://www.rfc-editor.org/rfc/rfc8314</a> and <del>port 465 is deprecated</del></p>"`,
  );
});
