import { readFile } from 'node:fs/promises';

import { expect, test } from 'vitest';

import { checkIspAliases, parseIsp, type IspEntry } from '@/lib/content/isps';

async function entry(slug: string, aliases: Array<string>): Promise<IspEntry> {
  const text = await readFile('test/fixtures/content/isps/example-isp.yaml', 'utf8');
  const { isp } = parseIsp(text, `content/isps/${slug}.yaml`, slug);
  if (!isp) {
    throw new Error('the fixture ISP should parse');
  }
  return { ...isp, name: slug, aliases };
}

test('an alias that names two ISPs is reported, compared the way the chat reads it', async () => {
  const isps = [await entry('first', ['at&t', 'lime']), await entry('second', ['at-t', 'flow'])];
  expect(checkIspAliases(isps)).toEqual([
    {
      file: 'content/isps/second.yaml',
      message: 'alias "at t" also names content/isps/first.yaml; keep it on one ISP',
    },
  ]);
});

test('aliases that differ once read are both kept', async () => {
  expect(checkIspAliases([await entry('first', ['lime']), await entry('second', ['lime st lucia'])])).toEqual([]);
});
