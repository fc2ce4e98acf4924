import { expect, test } from 'vitest';

import { contrastRatio } from '@/lib/colour';

test.for([
  { a: '#000000', b: '#ffffff', ratio: 21 },
  { a: '#ffffff', b: '#ffffff', ratio: 1 },
  { a: '#767676', b: '#ffffff', ratio: 4.54 },
  { a: '#0b5cad', b: '#ffffff', ratio: 6.67 },
])('$a on $b has contrast $ratio:1', ({ a, b, ratio }) => {
  expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  expect(contrastRatio(b, a)).toBeCloseTo(ratio, 2);
});
