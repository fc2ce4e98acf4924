// Passages that depend on the ESP's configuration. Lines between "{{#if name}}" and "{{/if}}"
// (with an optional "{{else}}") appear only when the placeholder `name` has a value in
// content/site.yaml: a port the ESP offers, or port 25 it accepts ({{smtp.port.25}}). Markers
// stand alone on their lines and do not nest. Pure: text in, kept text and problems out.
import { placeholderNames } from './placeholders';

export type TextProblem = { line: number; message: string };

export type Selected = {
  text: string;
  /** For each kept line (index 0 is line 1), its line in the original text. */
  lines: Array<number>;
  problems: Array<TextProblem>;
};

const ifMarker = /^\s*\{\{#if\s+([^\s{}]*)\s*\}\}\s*$/;
const elseMarker = /^\s*\{\{else\}\}\s*$/;
const endMarker = /^\s*\{\{\/if\}\}\s*$/;

/** Which condition must hold for a mention of port 25 next to each ESP host. */
const port25Condition: Record<string, string> = { smtp: 'smtp.port.25', relay: 'relay.port.25' };
// A bare 25: not part of a number, an IP address, a date or a placeholder such as {{smtp.port.25}}.
const bare25 = String.raw`(?<![\w{-]|\d\.)25(?![\w}]|\.\d)`;
const host = String.raw`\{\{\s*(smtp|relay)\.host\s*\}\}`;
/**
 * Port 25 towards an ESP host, as commands, log lines and tables write it: "{{smtp.host}} 25",
 * "{{smtp.host}}:25", "-Port 25", "--port 25", "port 25", "(192.0.2.10) port 25", "| 25 |".
 */
const hostThen25 = new RegExp(
  String.raw`${host}(?:\]|\)|\s|:|\/|\||--?port\b|\bon\b|\bports?\b|\([^()\s]+\))*?${bare25}`,
  'gi',
);
/** And in prose: "port 25 to {{relay.host}}", "port 25 to gmail… connects, but not to {{smtp.host}}". */
const portThenHost = new RegExp(String.raw`${bare25}(?:(?!\.\s)[^|\n]){0,60}?\bto\s+${host}`, 'gi');
/** "… whether {{relay.host}} accepts it on port 25". */
const hostOnPort25 = new RegExp(String.raw`${host}(?:(?!\.\s)[^|\n]){0,40}?\bon\s+port\s+${bare25}`, 'gi');

/**
 * Finds port 25 written towards {{smtp.host}} or {{relay.host}} outside a block that depends on
 * the ESP accepting it. `within` gives the condition of the block each line sits in; without it
 * the text has no blocks (frontmatter, YAML), so the fix is to rewrite it.
 */
export function port25Assumptions(text: string, within?: (line: number) => string | undefined) {
  const problems: Array<TextProblem> = [];
  text.split('\n').forEach((content, index) => {
    const line = index + 1;
    const kinds = [hostThen25, portThenHost, hostOnPort25].flatMap((re) =>
      [...content.matchAll(re)].map((m) => m[1] ?? 'smtp'),
    );
    const kind = kinds.find((k) => within?.(line) !== port25Condition[k.toLowerCase()]);
    if (kind === undefined) {
      return;
    }
    const name = kind.toLowerCase();
    const condition = port25Condition[name] ?? '';
    const fix = within
      ? `put this inside {{#if ${condition}}} … {{/if}} (with {{else}} for an ESP without it), or write {{${condition}}} for the port`
      : `this text cannot depend on it: rewrite it without port 25 to that host, or write {{${condition}}} for the port`;
    problems.push({
      line,
      message: `port 25 to {{${name}.host}} assumes ${name === 'smtp' ? 'submission' : 'relay'}.port25: true in content/site.yaml; ${fix}`,
    });
  });
  return problems;
}

/** Keeps the lines whose condition holds; `has` says whether a placeholder has a value. */
export function selectConditional(markdown: string, has: ((name: string) => boolean) | undefined): Selected {
  const source = markdown.split('\n');
  const kept: Array<string> = [];
  const lines: Array<number> = [];
  const problems: Array<TextProblem> = [];
  const conditionOf = new Map<number, string>();
  let open: { name: string; line: number; branch: 'if' | 'else' } | undefined;
  source.forEach((content, index) => {
    const line = index + 1;
    const start = ifMarker.exec(content);
    if (start) {
      const name = start[1] ?? '';
      if (open) {
        problems.push({
          line,
          message: `{{#if}} inside the {{#if ${open.name}}} of line ${open.line}: blocks do not nest; close the first with {{/if}}`,
        });
      } else if (!(placeholderNames as ReadonlyArray<string>).includes(name)) {
        problems.push({
          line,
          message: `{{#if ${name}}} names no placeholder; use one of ${placeholderNames.map((n) => `{{#if ${n}}}`).join(', ')}`,
        });
      }
      open = { name, line, branch: 'if' };
      return;
    }
    if (elseMarker.test(content) || endMarker.test(content)) {
      const isElse = elseMarker.test(content);
      if (!open) {
        problems.push({
          line,
          message: `${isElse ? '{{else}}' : '{{/if}}'} without an {{#if …}} before it; remove it or add the {{#if}}`,
        });
      } else if (isElse) {
        open = { ...open, branch: 'else' };
      } else {
        open = undefined;
      }
      return;
    }
    if (open) {
      conditionOf.set(line, open.name);
    }
    // Without the site config nothing can be decided: keep the "if" side so the text still parses.
    const holds = open === undefined || (has ? has(open.name) : true) === (open.branch === 'if');
    if (holds) {
      kept.push(content);
      lines.push(line);
    }
  });
  if (open) {
    problems.push({
      line: open.line,
      message: `{{#if ${open.name}}} is never closed; add a {{/if}} line after its passage`,
    });
  }
  problems.push(...port25Assumptions(markdown, (line) => conditionOf.get(line)));
  problems.sort((a, b) => a.line - b.line);
  return { text: kept.join('\n'), lines, problems };
}
