import { join } from 'node:path';

import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { expect, test } from 'vitest';

import { prepareImages, svgSize } from '@/lib/content/images';

const publicDir = join(import.meta.dirname, '../../fixtures/public');

function figure(src: string): Root {
  return {
    type: 'root',
    children: [{ type: 'element', tagName: 'img', properties: { src, alt: 'A diagram' }, children: [] }],
  };
}

test('sizes a diagram from its viewBox and offers the narrow variant to phones', async () => {
  const tree = figure('/diagrams/path.svg');
  await prepareImages(tree, publicDir, new Set(['/diagrams/path.svg', '/diagrams/path-narrow.svg']));
  expect(toHtml(tree)).toBe(
    '<picture><source media="(max-width: 36rem)" srcset="/diagrams/path-narrow.svg" width="360" height="480">' +
      '<img src="/diagrams/path.svg" alt="A diagram" width="640" height="200"></picture>',
  );
});

test('leaves a diagram without a narrow variant as a plain sized image', async () => {
  const tree = figure('/diagrams/path.svg');
  await prepareImages(tree, publicDir, new Set(['/diagrams/path.svg']));
  expect(toHtml(tree)).toBe('<img src="/diagrams/path.svg" alt="A diagram" width="640" height="200">');
});

test.for([
  { svg: '<svg viewBox="0 0 640 300">', size: { width: 640, height: 300 } },
  { svg: '<svg viewBox="0,0,360.4,479.6">', size: { width: 360, height: 480 } },
  { svg: '<svg width="10">', size: undefined },
])('reads the size of $svg', ({ svg, size }) => {
  expect(svgSize(svg)).toEqual(size);
});
