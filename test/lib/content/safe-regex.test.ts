import { expect, test } from 'vitest';

import { unsafeRegexReason } from '@/lib/content/safe-regex';

test.for([
  'connect to [^\\s\\[]{1,120}\\[[^\\]\\s]{2,60}\\]:\\d{1,5}:\\s*(?:connection|operation)\\s+timed out',
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
  { pattern: '(a+)+', reason: /unbounded quantifier after "a"/ },
  { pattern: '(?:\\s*x)*', reason: /unbounded quantifier on a group/ },
  { pattern: '(?:\\s+x){2,9}', reason: /repeated group containing an unbounded quantifier/ },
  { pattern: '.*timed out', reason: /unbounded quantifier after "\."/ },
  { pattern: '[^\\]]+\\]', reason: /unbounded quantifier after "\[\^/ },
  { pattern: 'x{3,}', reason: /unbounded quantifier after "x"/ },
])('rejects $pattern', ({ pattern, reason }) => {
  expect(unsafeRegexReason(pattern)).toMatch(reason);
});
