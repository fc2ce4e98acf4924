// The classifier's six files are checked against each other: an id one file names in another
// must exist there, and the problem names the file and the fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from 'vitest';

import { diagnoseFiles, parseDiagnoseRules } from '@/lib/content/diagnose-rules';

const dir = join(import.meta.dirname, '../../../content/diagnose');
const files = () =>
  Object.fromEntries(
    Object.entries(diagnoseFiles).map(([layer, name]) => [
      layer,
      { text: readFileSync(join(dir, name), 'utf8'), file: `content/diagnose/${name}` },
    ]),
  ) as Parameters<typeof parseDiagnoseRules>[0];
const esp = { name: 'Example Mail', submission: 'smtp.example.net', relay: 'relay.example.net' };

test('the real files have no problems', () => {
  expect(parseDiagnoseRules(files(), esp).problems).toEqual([]);
});

test('an ownReport family that phrases.yaml does not have is named, with the fix', () => {
  const f = files();
  f.scoring.text = f.scoring.text.replace(/^ownReport: \[[^\]]*\]/m, 'ownReport: [name-lookup-wrods]');
  expect(parseDiagnoseRules(f, esp).problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
    'content/diagnose/scoring.yaml: ownReport: "name-lookup-wrods" is not a phrase family in content/diagnose/phrases.yaml; name one of its families\' ids',
  ]);
});
