// npm run report:classify: the classifier's accuracy on its labelled texts, overall, per
// diagnosis and per source family, for the half rules are written from (dev) and the half held
// back (check). With --misses, lists the dev half's misses (never the check half's, so rules are
// not written from them).
import { loadLibrary } from '../lib/content/library';
import { classify, compileRules } from '../lib/diagnose/classify';
import { loadCorpus, readRight, type LabelledText } from '../test/support/corpus';

const classifier = compileRules((await loadLibrary()).diagnose);
const texts = loadCorpus();
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

for (const half of ['dev', 'check'] as const) {
  const rows = results.filter(({ t }) => t.half === half).map(({ t, r }) => ({ t, ok: readRight(t, r) }));
  const overall = tally(rows, () => 'all').get('all') ?? [0, 0];
  const plain = tally(
    rows.filter(({ t }) => !t.ambiguous),
    () => 'x',
  ).get('x') ?? [0, 0];
  const ambiguous = tally(
    rows.filter(({ t }) => t.ambiguous),
    () => 'x',
  ).get('x') ?? [0, 0];
  console.log(`\n== ${half} half: ${pct(overall)}; unambiguous ${pct(plain)}; ambiguous ${pct(ambiguous)}`);
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
  console.log('\n== dev-half misses');
  for (const { t, r } of results.filter(({ t, r }) => t.half === 'dev' && !readRight(t, r))) {
    console.log(
      `\n[${t.id}] ${t.label}${t.ambiguous ? ' (ambiguous)' : ''} → ${r.diagnosis} [${r.alternatives.join(', ')}] ${r.confidence}`,
    );
    console.log(`  ${t.text.slice(0, 500).replace(/\n/g, '\n  ')}`);
    console.log(`  evidence: ${r.evidence.map((e) => `${e.rule}=${e.means}`).join('; ')}`);
  }
}
