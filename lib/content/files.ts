// Reading content files: plain text, and folders of one-file-per-item collections.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

import type { Problem } from './problems';
import { articleSlugSchema } from './schema';

/** A path as messages show it: relative to the project root. */
export const display = (path: string) => relative(process.cwd(), path) || path;

export async function readText(path: string, problems: Array<Problem>): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    problems.push({ file: display(path), message: 'file is missing or unreadable; it is required' });
    return undefined;
  }
}

/** Every file under dir, as "/sub/name.ext" paths. */
export async function listFiles(dir: string, prefix = ''): Promise<Array<string>> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map(async (e) =>
      e.isDirectory()
        ? listFiles(join(/*turbopackIgnore: true*/ dir, e.name), `${prefix}/${e.name}`)
        : [`${prefix}/${e.name}`],
    ),
  );
  return nested.flat();
}

export type CollectionEntry = { slug: string; file: string; text: string };

/** The files of a folder where each file is one item named by its slug, e.g. content/isps/*.yaml. */
export async function readCollection(
  dir: string,
  extension: string,
  problems: Array<Problem>,
): Promise<Array<CollectionEntry>> {
  const entries: Array<CollectionEntry> = [];
  const where = display(dir);
  for (const name of (await listFiles(dir)).sort()) {
    const path = join(/*turbopackIgnore: true*/ dir, name);
    const slug = name.slice(1, -extension.length);
    if (!name.endsWith(extension) || slug.includes('/')) {
      problems.push({
        file: display(path),
        message: `only ${extension} files belong directly in ${where}/; move or remove this file`,
      });
      continue;
    }
    if (!articleSlugSchema.safeParse(slug).success) {
      problems.push({
        file: display(path),
        message: `file name "${slug}" is not a valid slug: use lowercase letters, digits and single hyphens`,
      });
      continue;
    }
    const text = await readText(path, problems);
    if (text !== undefined) {
      entries.push({ slug, file: display(path), text });
    }
  }
  return entries;
}
