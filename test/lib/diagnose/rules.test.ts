// The rules check: a pattern that only one known text would ever match is a memorised sample, not
// a rule. Every pattern of the classifier's data (phrase families, who wrote the text, error-number
// contexts) is run over the whole corpus; at most 5% may match exactly one text, and each of those
// says why it is kept in a "# one text:" comment above it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { beforeAll, expect, test } from 'vitest';

import { loadLibrary } from '@/lib/content/library';
import { patternProblem } from '@/lib/content/regex';
import { compileRules, type Classifier, type CompiledPattern } from '@/lib/diagnose/compile';
import { normalise } from '@/lib/diagnose/normalise';

import { loadCorpus } from '../../support/corpus';

const contentDir = join(import.meta.dirname, '../../../content/diagnose');
let classifier: Classifier;
let matches: Map<CompiledPattern, number>;

beforeAll(async () => {
  classifier = compileRules((await loadLibrary()).diagnose);
  const norms = loadCorpus().map((t) => normalise(t.text).norm);
  matches = new Map(
    classifier.patterns.map((p) => {
      const re = new RegExp(p.source, 'm');
      return [p, norms.filter((n) => re.test(n)).length];
    }),
  );
}, 60_000);

const documents = new Map<string, { text: string; counter: LineCounter; contents: unknown }>();
function readDocument(file: string) {
  const known = documents.get(file);
  if (known) {
    return known;
  }
  const text = readFileSync(join(contentDir, file), 'utf8');
  const counter = new LineCounter();
  const read = { text, counter, contents: parseDocument(text, { lineCounter: counter }).contents as unknown };
  documents.set(file, read);
  return read;
}

/** The comment lines right above the pattern's node in its file. */
function commentAbove(pattern: CompiledPattern): string {
  const owner = pattern.owner;
  const [file, path] =
    owner.layer === 'phrase'
      ? ['phrases.yaml', ['families', classifier.rules.phrases.families.indexOf(owner.family), 'patterns']]
      : owner.layer === 'writer'
        ? ['context.yaml', ['writers', classifier.rules.context.writers.indexOf(owner.writer), 'patterns']]
        : ['identities.yaml', ['numberContexts']];
  const index = Number(pattern.id.split('#')[1]) - 1;
  const { text, counter, contents } = readDocument(file);
  let node: unknown = contents;
  for (const key of [...path, index]) {
    node = isMap(node) ? node.get(key, true) : isSeq(node) ? node.items[key as number] : undefined;
  }
  const start = (node as { range?: [number] } | undefined)?.range?.[0] ?? 0;
  const lines = text.split('\n');
  const comments: Array<string> = [];
  for (let line = counter.linePos(start).line - 2; line >= 0 && /^\s*#/.test(lines[line] ?? ''); line--) {
    comments.unshift(lines[line] ?? '');
  }
  return comments.join('\n');
}

test('at most 5% of the patterns match exactly one corpus text, and each says why it is kept', () => {
  const single = [...matches].filter(([, n]) => n === 1).map(([p]) => p);
  expect(single.length).toBeLessThanOrEqual(Math.floor(0.05 * classifier.patterns.length));
  expect(single.filter((p) => !/# one text: \S/.test(commentAbove(p))).map((p) => p.id)).toEqual([]);
});

test('a "# one text:" comment is only kept while its pattern still matches one text', () => {
  const stale = [...matches].filter(([p, n]) => n !== 1 && /# one text:/.test(commentAbove(p))).map(([p]) => p.id);
  expect(stale).toEqual([]);
});

test('every wording is safe from catastrophic backtracking, lowercase, and names a word any match needs', () => {
  const problems = classifier.patterns.flatMap((p) =>
    p.wordings.flatMap((w) => {
      const problem = patternProblem(w);
      return problem ? [`${p.id}: ${problem}`] : [];
    }),
  );
  expect(problems).toEqual([]);
});
