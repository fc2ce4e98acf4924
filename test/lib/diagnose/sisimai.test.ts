// Something nobody here wrote: the one-line reply texts of sisimai's reason tests (go-sisimai
// reason/02-includedin_test.go, BSD-2-Clause), each mapped onto our diagnosis ids in
// test/fixtures/diagnose/corpus/sisimai-reasons.json (its "why" says how: sisimai's reason, read
// for what this site would tell the customer; reasons we have no diagnosis for, such as
// Vacation and SystemError, map to unknown).
import { beforeAll, expect, test } from 'vitest';

import { loadLibrary } from '@/lib/content/library';
import { classify, compileRules, type Classifier } from '@/lib/diagnose/classify';

import { loadCorpus, readRight } from '../../support/corpus';

const reasons = loadCorpus().filter((t) => t.id.startsWith('sisimai-r-'));
let classifier: Classifier;

beforeAll(async () => {
  classifier = compileRules((await loadLibrary()).diagnose);
}, 60_000);

test('all 78 reason texts are there', () => {
  expect(reasons.length).toBe(78);
});

test('the mapped reason texts read right at least 95% of the time', () => {
  const right = reasons.filter((t) => readRight(t, classify(t.text, classifier)));
  expect(right.length / reasons.length).toBeGreaterThanOrEqual(0.95);
});

test('an enhanced status code alone says what happened', () => {
  expect(
    ['5.2.3 Message too large', '550 5.1.1 Unknown User', '570 5.7.7 Email rejected', '450 4.2.2 Mailbox full'].map(
      (text) => classify(text, classifier).diagnosis,
    ),
  ).toEqual(['message-rejected', 'recipient-problem', 'message-rejected', 'recipient-problem']);
});
