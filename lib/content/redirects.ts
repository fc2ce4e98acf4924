// content/redirects.yaml, for next.config.ts (which runs before the rest of the content loads).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { ContentError } from './problems';
import { contentRoot } from './root';
import { redirectsSchema, type Redirect } from './schema';
import { parseYaml } from './yaml';

export async function readRedirects(contentDir = contentRoot()): Promise<Array<Redirect>> {
  const file = join(contentDir, 'redirects.yaml');
  const parsed = parseYaml(await readFile(file, 'utf8'), redirectsSchema, 'content/redirects.yaml');
  if (!parsed.ok) {
    throw new ContentError(parsed.problems);
  }
  return parsed.value;
}
