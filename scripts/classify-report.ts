// npm run report:classify: the classifier's accuracy on its labelled texts, overall, per
// diagnosis and per source family, for the half rules are written from (dev) and the half held
// back (check); and how honest its hedging is: how often a text with one right answer is told "it
// could also be…", how often an ambiguous one gets the alternatives that would decide it, and how
// sure it says it is either way. With --misses, lists the dev half's misses (never the check
// half's, so rules are not written from them). With --only PREFIX (e.g. --only fresh-), reports
// just the texts whose id starts with PREFIX, both halves together, and with --misses lists every
// one of their misses: a file kept apart to measure the rules on texts they were not written from.
import { loadLibrary } from '../lib/content/library';
import { classify, compileRules, type Classification } from '../lib/diagnose/classify';
import { loadCorpus, readRight, type LabelledText } from '../test/support/corpus';

const classifier = compileRules((await loadLibrary()).diagnose);
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
if (onlyAt >= 0 && (only === undefined || only.startsWith('--'))) {
  throw new Error('--only needs an id prefix, e.g. --only fresh-');
}
const texts = loadCorpus().filter((t) => only === undefined || t.id.startsWith(only));
const results = texts.map((t) => ({ t, r: classify(t.text, classifier) }));

type Tally = Map<string, [number, number]>;
const tally = (rows: Array<{ t: LabelledText; ok: boolean }>, key: (t: LabelledText) => string): Tally => {
  const out: Tally = new Map();
  for (const { t, ok } of rows) {
    const [right, all] = out.get(key(t)) ?? [0, 0];
    out.set(key(t), [right + (ok ? 1 : 0), all + 1]);
  }
  return out;
};
const pct = ([right, all]: [number, number]) => `${((100 * right) / Math.max(1, all)).toFixed(1)}% (${right}/${all})`;
const count = <T>(list: ReadonlyArray<T>, test: (x: T) => boolean): [number, number] => [
  list.filter(test).length,
  list.length,
];
const mean = (list: ReadonlyArray<number>) =>
  list.length === 0 ? '-' : (list.reduce((a, b) => a + b, 0) / list.length).toFixed(2);

/** Hedging: alternatives offered, or a question asked, with a confidence that says so. */
function honesty(rows: ReadonlyArray<{ t: LabelledText; r: Classification }>) {
  const plain = rows.filter(({ t }) => !t.ambiguous);
  const plainRight = plain.filter(({ t, r }) => r.diagnosis === t.label);
  const ambiguous = rows.filter(({ t }) => t.ambiguous);
  const hedged = (r: Classification) => r.alternatives.length > 0;
  const withAlternatives = rows.filter(({ r }) => hedged(r) && r.diagnosis !== 'unknown');
  const without = rows.filter(({ r }) => !hedged(r) && r.diagnosis !== 'unknown');
  console.log('  hedging:');
  console.log(`    unambiguous, read right, offered alternatives  ${pct(count(plainRight, ({ r }) => hedged(r)))}`);
  console.log(`    ambiguous, offered alternatives                ${pct(count(ambiguous, ({ r }) => hedged(r)))}`);
  console.log(
    `    ambiguous, right only through an alternative   ${pct(count(ambiguous, ({ t, r }) => r.diagnosis !== t.label && readRight(t, r)))}`,
  );
  console.log(
    `    mean confidence: with alternatives ${mean(withAlternatives.map(({ r }) => r.confidence))} (${withAlternatives.length}), without ${mean(without.map(({ r }) => r.confidence))} (${without.length}); wrong ${mean(rows.filter(({ t, r }) => !readRight(t, r) && r.diagnosis !== 'unknown').map(({ r }) => r.confidence))}`,
  );
}

const groups: ReadonlyArray<{ name: string; rows: typeof results }> =
  only === undefined
    ? (['dev', 'check'] as const).map((half) => ({
        name: `${half} half`,
        rows: results.filter(({ t }) => t.half === half),
      }))
    : [{ name: `texts ${only}*`, rows: results }];
for (const { name, rows: inHalf } of groups) {
  const rows = inHalf.map(({ t, r }) => ({ t, ok: readRight(t, r) }));
  const overall = tally(rows, () => 'all').get('all') ?? [0, 0];
  const plain = tally(
    rows.filter(({ t }) => !t.ambiguous),
    () => 'x',
  ).get('x') ?? [0, 0];
  const ambiguous = tally(
    rows.filter(({ t }) => t.ambiguous),
    () => 'x',
  ).get('x') ?? [0, 0];
  console.log(`\n== ${name}: ${pct(overall)}; unambiguous ${pct(plain)}; ambiguous ${pct(ambiguous)}`);
  honesty(inHalf);
  for (const [name, key] of [
    ['diagnosis', (t: LabelledText) => t.label],
    ['family', (t: LabelledText) => t.family],
  ] as const) {
    console.log(`  by ${name}:`);
    for (const [k, v] of [...tally(rows, key)].sort()) {
      console.log(`    ${k.padEnd(34)} ${pct(v)}`);
    }
  }
}

if (process.argv.includes('--misses')) {
  // The old corpus's check half stays unseen; a file reported with --only is listed whole.
  console.log(only === undefined ? '\n== dev-half misses' : `\n== misses among ${only}*`);
  for (const { t, r } of results.filter(({ t, r }) => (only !== undefined || t.half === 'dev') && !readRight(t, r))) {
    console.log(
      `\n[${t.id}] ${t.label}${t.ambiguous ? ` (ambiguous: ${t.alternatives.join(', ')})` : ''} → ${r.diagnosis} [${r.alternatives.join(', ')}] ${r.confidence}`,
    );
    console.log(`  ${t.text.slice(0, 500).replace(/\n/g, '\n  ')}`);
    console.log(`  evidence: ${r.evidence.map((e) => `${e.rule}=${e.means}`).join('; ')}`);
  }
}
if (process.argv.includes('--hedged')) {
  // Dev half only: unambiguous texts read right that were still told "it could also be…".
  console.log('\n== dev-half unambiguous texts offered alternatives');
  for (const { t, r } of results.filter(
    ({ t, r }) => t.half === 'dev' && !t.ambiguous && r.diagnosis === t.label && r.alternatives.length > 0,
  )) {
    console.log(`\n[${t.id}] ${t.label} [${r.alternatives.join(', ')}] ${r.confidence}`);
    console.log(`  ${t.text.slice(0, 300).replace(/\n/g, '\n  ')}`);
    console.log(`  evidence: ${r.evidence.map((e) => `${e.rule}=${e.means}`).join('; ')}`);
  }
}
