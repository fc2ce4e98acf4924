import { beforeAll, expect, test } from 'vitest';

import { checkVocabulary } from '@/lib/content/check-vocabulary';
import { loadLibrary, type Library } from '@/lib/content/library';
import { factNames, factValues } from '@/lib/vocabulary/facts';
import { factWords, wordsFor } from '@/lib/vocabulary/words';

let library: Library;

beforeAll(async () => {
  library = await loadLibrary();
}, 60_000);

const words = (label: string, ...synonyms: Array<string>) => ({ label, name: label, synonyms });

test('the vocabulary passes its own checks', () => {
  expect(checkVocabulary(factWords)).toEqual([]);
});

test('every value of every fact has words, except ISP slugs (the directory names them) and diagnoses', () => {
  const missing = factNames.flatMap((fact) =>
    (factValues[fact] ?? []).filter((v) => wordsFor(fact, v) === undefined).map((v) => `${fact}.${v}`),
  );
  expect(missing).toEqual(factValues.diagnosis.map((d) => `diagnosis.${d}`));
});

test('a phrase that names two values of one fact, a blank label and an empty synonym are reported', () => {
  const broken = {
    tls: { starttls: words('STARTTLS', 'tls'), ssl: words('SSL/TLS', 'TLS', 'ssl') },
    port: { '25': words(' ', '!!') },
    // The same phrase for values of different facts is fine: the question asked decides.
    smarthost: { yes: words('Yes', 'not sure') },
    abuse: { no: words('No', 'not sure') },
  };
  expect(checkVocabulary(broken, 'words.ts').map((p) => `${p.file}: ${p.message}`)).toMatchInlineSnapshot(`
    [
      "words.ts: tls: "tls" names both starttls and ssl; keep it on one value, or the chat cannot tell which the customer meant",
      "words.ts: port.25: the label is empty; write how "25" reads",
      "words.ts: port.25: the name is empty; write how "25" reads",
      "words.ts: port.25: a synonym has no letters or digits; remove it",
    ]
  `);
});

test('the tree reads its options from the vocabulary, with the ESP placeholders filled', () => {
  const { tree, config } = library;
  const sender = tree.nodes.sender;
  const connection = tree.nodes.connection;
  expect(sender?.kind === 'question' ? sender.options?.find((o) => o.id === 'app') : undefined).toMatchObject({
    label: factWords.sender.app.label.replace('{{esp.name}}', config.name),
    name: 'your app',
  });
  expect(
    connection?.kind === 'question' ? connection.options?.map((o) => [o.id, o.label, o.name]) : undefined,
  ).toEqual(Object.entries(factWords.connection).map(([id, w]) => [id, w.label, w.name]));
  const isp = tree.nodes.isp;
  expect(isp?.kind === 'question' ? isp.directory?.otherLabel : undefined).toBe(factWords.isp.other.label);
});
