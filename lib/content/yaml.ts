// YAML reading for content files, with errors that carry the line they refer to.
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

import type { Problem } from './problems';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Array<Problem> };

/** Line (1-based) of the YAML node at a zod issue path, if the document has it. */
function lineOf(doc: Document, counter: LineCounter, path: ReadonlyArray<PropertyKey>): number | undefined {
  let node: unknown = doc.contents;
  // A missing key is reported at the nearest enclosing node that exists.
  const start = (doc.contents as { range?: [number, number, number] } | null)?.range;
  let found: number | undefined = start ? counter.linePos(start[0]).line : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) {
        break;
      }
      const range = (pair.key as { range?: [number, number, number] } | null)?.range;
      if (range) {
        found = counter.linePos(range[0]).line;
      }
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) {
        found = counter.linePos(range[0]).line;
      }
    } else {
      break;
    }
  }
  return found;
}

/** Line (1-based) of the key at path in a YAML text, for checks that run after the schema. */
export function yamlLine(text: string, path: ReadonlyArray<PropertyKey>): number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  return doc.errors.length > 0 ? undefined : lineOf(doc, counter, path);
}

function describePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * Parses YAML text and validates it with a schema. lineOffset shifts reported lines, for
 * frontmatter that starts below line 1 of its file.
 */
export function parseYaml<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  options: { lineOffset?: number; label?: string } = {},
): Parsed<z.infer<S>> {
  const offset = options.lineOffset ?? 0;
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        line: counter.linePos(e.pos[0]).line + offset,
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) {
    return { ok: true, value: result.data };
  }
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      // Point an unknown key at its own line, and say what to do about it.
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const unknownKey = keys[0];
      const path = unknownKey === undefined ? issue.path : [...issue.path, unknownKey];
      const missing = issue.code === 'invalid_type' && / received undefined$/.test(issue.message);
      const key = String(issue.path.at(-1) ?? '');
      const message =
        unknownKey === undefined
          ? missing
            ? `required: add a "${key}:" line`
            : issue.message
          : `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}: fix the spelling or remove ${keys.length > 1 ? 'them' : 'it'}`;
      const line = lineOf(doc, counter, path);
      const where = describePath(unknownKey === undefined ? path : issue.path);
      const label = options.label ? (where ? `${options.label}.${where}` : options.label) : where;
      return {
        file,
        ...(line === undefined ? {} : { line: line + offset }),
        message: label ? `${label}: ${message}` : message,
      };
    }),
  };
}

/** For checks after the schema: the line (1-based) of the node at a path in the YAML text. */
export function lineFinder(text: string): (path: ReadonlyArray<PropertyKey>) => number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  return (path) => lineOf(doc, counter, path);
}

/** Splits "---\n<yaml>\n---\n<body>" and tells on which line the body starts. */
export function splitFrontmatter(source: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) {
    return undefined;
  }
  const yaml = match[1] ?? '';
  return {
    yaml,
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}
