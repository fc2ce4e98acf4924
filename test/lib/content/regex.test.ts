import { expect, test } from 'vitest';

import { patternProblem, requiredLiteralSets, requiredLiterals, unsafeRegexReason } from '@/lib/content/regex';

test.for([
  'connect to [^\\s\\[]{1,120}\\[[^\\]\\s]{2,60}\\]:\\d{1,5}:\\s{0,5}(?:connection|operation)\\s{1,5}timed out',
  '\\bETIMEDOUT\\b',
  '(?:errno|error)[:\\s]{0,3}(?:110|10060)',
  'a(?:b|c)?d',
  '[+*]{1,3}',
  '\\*{6,60}',
  '(?:ab){2,5}',
])('accepts %s', (pattern) => {
  expect(unsafeRegexReason(pattern)).toBeUndefined();
});

test.for([
  { pattern: '(a+)+', reason: /unbounded quantifier/ },
  { pattern: '(?:\\s*x)*', reason: /unbounded quantifier/ },
  { pattern: '(?:\\s{1,9}x){2,9}', reason: /repeated group containing a quantifier/ },
  { pattern: '.*timed out', reason: /unbounded quantifier at "\.\*ti"/ },
  { pattern: '[^\\]]+\\]', reason: /unbounded quantifier/ },
  { pattern: 'x{3,}', reason: /unbounded quantifier/ },
  { pattern: 'x\\s+y', reason: /unbounded quantifier/ },
  { pattern: 'x{1,900}', reason: /a quantifier above 300/ },
])('rejects $pattern', ({ pattern, reason }) => {
  expect(unsafeRegexReason(pattern)).toMatch(reason);
});

test.for([
  { pattern: 'relay(?:ing)? (?:access )?denied', literals: ['denied'] },
  { pattern: '(?:virus|malware) found', literals: [' found'] },
  { pattern: '(?:spamhaus|spamcop)', literals: ['spamhaus', 'spamcop'] },
  { pattern: 'connect\\(\\) failed', literals: ['connect() failed'] },
  { pattern: '\\bptr\\b', literals: ['ptr'] },
])('every match of $pattern contains one of $literals', ({ pattern, literals }) => {
  expect(requiredLiterals(pattern)).toEqual(literals);
});

test.for([
  { pattern: 'relay(?:ing)? (?:access )?denied', sets: [['relay'], ['denied']] },
  { pattern: '(?:virus|malware) found', sets: [['virus', 'malware'], [' found']] },
  {
    pattern: '(?:could not|unable to) (?:open (?:a |the )?)?connect(?:ion)? to (?:smtp|mail) server',
    sets: [['could not', 'unable to'], ['connect'], ['smtp', 'mail'], [' server']],
  },
  { pattern: '(?:spamhaus|spamcop)|blocklist', sets: [['spamhaus', 'spamcop', 'blocklist']] },
])('every match of $pattern contains a word of each of $sets', ({ pattern, sets }) => {
  expect(requiredLiteralSets(pattern)).toEqual(sets);
});

test.for([
  { pattern: '(?:x)?ab', problem: /a plain word of three or more letters/ },
  { pattern: 'Connection Refused', problem: /lowercase/ },
  { pattern: 'a(b', problem: /not a valid regular expression/ },
])('$pattern is refused with a fix', ({ pattern, problem }) => {
  expect(patternProblem(pattern)).toMatch(problem);
});
