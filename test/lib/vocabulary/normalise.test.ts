import { expect, test } from 'vitest';

import { normalise, readWords } from '@/lib/vocabulary/normalise';

test.for([
  { text: "Outlook can't send!", expected: ' outlook cant send ' },
  { text: "l'hôtel, c'est ça", expected: ' l hotel c est ca ' },
  { text: "my server's mail and Gmail's MX", expected: ' my server mail and gmail mx ' },
  { text: 'Zeitüberschreitung, Straße', expected: ' zeituberschreitung strasse ' },
  { text: 'smtp.gmail.com:587 and 5.7.1.', expected: ' smtp.gmail.com 587 and 5.7.1 ' },
  { text: 'SSL/TLS e-mail', expected: ' ssl tls e mail ' },
])('"$text" reads as "$expected"', ({ text, expected }) => {
  expect(normalise(text)).toBe(expected);
});

test('words know their sentence, their part of it, and whether they are written as a name', () => {
  expect(readWords('I am on Flow, not LIME. Flow works').map((w) => [w.text, w.sentence, w.clause, w.name])).toEqual([
    ['i', 0, 0, false],
    ['am', 0, 0, false],
    ['on', 0, 0, false],
    ['flow', 0, 0, true],
    ['not', 0, 1, false],
    ['lime', 0, 1, true],
    ['flow', 1, 2, false],
    ['works', 1, 2, false],
  ]);
});
