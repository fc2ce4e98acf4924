// Loads and checks everything in content/: the site config, categories, redirects and articles.
// Every problem in every file is collected and thrown together as one ContentError.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

import type { z } from 'zod';

import { parseArticle, type Article } from './article';
import { prepareImages } from './images';
import { checkLinks, checkRedirects, type LinkTarget } from './links';
import { buildPlaceholders, type Placeholders } from './placeholders';
import { ContentError, type Problem } from './problems';
import {
  articleSlugSchema,
  categoriesSchema,
  redirectsSchema,
  siteConfigSchema,
  type Category,
  type Redirect,
  type SiteConfig,
} from './schema';
import { parseYaml } from './yaml';

export type { Article } from './article';

export type Library = {
  config: SiteConfig;
  placeholders: Placeholders;
  categories: Array<Category>;
  redirects: Array<Redirect>;
  articles: Array<Article>;
};

export type LibraryRoots = { contentDir: string; publicDir: string };

// The roots are parameters (tests point them at fixtures), so the joins below are marked for
// Turbopack not to trace the whole project; content/ and public/ are what the server reads.
export const defaultRoots = (): LibraryRoots => ({
  contentDir: join(process.cwd(), 'content'),
  publicDir: join(process.cwd(), 'public'),
});

const display = (path: string) => relative(process.cwd(), path) || path;

async function readText(path: string, problems: Array<Problem>): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    problems.push({ file: display(path), message: 'file is missing or unreadable; it is required' });
    return undefined;
  }
}

async function listFiles(dir: string, prefix = ''): Promise<Array<string>> {
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

function checkReferences(
  articles: ReadonlyArray<Article>,
  slugs: ReadonlySet<string>,
  categories: ReadonlyArray<Category> | undefined,
): Array<Problem> {
  const categoryIds = categories?.map((c) => c.id);
  const problems: Array<Problem> = [];
  for (const a of articles) {
    // Without a valid categories.yaml, its own problems are reported instead.
    if (categoryIds && !categoryIds.includes(a.category)) {
      problems.push({
        file: a.file,
        message: `frontmatter.category: unknown category "${a.category}"; use one of ${categoryIds.join(', ')} (content/categories.yaml)`,
      });
    }
    for (const r of a.related) {
      if (r === a.slug) {
        problems.push({ file: a.file, message: 'frontmatter.related: an article cannot be related to itself' });
      } else if (!slugs.has(r)) {
        problems.push({ file: a.file, message: `frontmatter.related: no article content/articles/${r}.md` });
      }
    }
  }
  return problems;
}

export async function loadLibrary(roots: LibraryRoots = defaultRoots()): Promise<Library> {
  const problems: Array<Problem> = [];
  const yamlFile = async <S extends z.ZodType>(name: string, schema: S): Promise<z.infer<S> | undefined> => {
    const path = join(/*turbopackIgnore: true*/ roots.contentDir, name);
    const text = await readText(path, problems);
    if (text === undefined) {
      return undefined;
    }
    const parsed = parseYaml(text, schema, display(path));
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return undefined;
    }
    return parsed.value;
  };
  const [config, categories, redirects] = await Promise.all([
    yamlFile('site.yaml', siteConfigSchema),
    yamlFile('categories.yaml', categoriesSchema),
    yamlFile('redirects.yaml', redirectsSchema),
  ]);
  const placeholders = config ? buildPlaceholders(config) : undefined;

  const articleDir = join(/*turbopackIgnore: true*/ roots.contentDir, 'articles');
  const publicFiles = new Set(await listFiles(roots.publicDir));
  const loaded: Array<Article> = [];
  // Every article file whose body parsed, even with bad frontmatter, so links to it still resolve.
  const targets: Array<LinkTarget> = [];
  for (const name of (await listFiles(articleDir)).sort()) {
    const path = join(/*turbopackIgnore: true*/ articleDir, name);
    const slug = name.slice(1).replace(/\.md$/, '');
    if (!name.endsWith('.md') || slug.includes('/')) {
      problems.push({
        file: display(path),
        message: 'only .md files belong directly in content/articles/; move or remove this file',
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
    const source = await readText(path, problems);
    if (source === undefined) {
      continue;
    }
    const { article, target, problems: found } = parseArticle(source, display(path), slug, placeholders);
    problems.push(...found);
    targets.push(target);
    if (article) {
      await prepareImages(article.tree, roots.publicDir, publicFiles);
      loaded.push(article);
    }
  }
  if (targets.length === 0 && problems.length === 0) {
    problems.push({ file: display(articleDir), message: 'no articles found; add at least one .md file' });
  }
  problems.push(
    ...checkReferences(loaded, new Set(targets.map((t) => t.slug)), categories),
    ...checkLinks(targets, publicFiles),
    ...checkRedirects(redirects ?? [], targets, publicFiles, display(join(roots.contentDir, 'redirects.yaml'))),
  );
  if (problems.length > 0 || !config || !categories || !redirects) {
    throw new ContentError(problems);
  }
  return { config, placeholders: buildPlaceholders(config), categories, redirects, articles: loaded };
}
