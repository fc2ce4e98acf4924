// Loads and checks everything in content/: the site config, categories, redirects, articles, the
// ISP directory, the troubleshooting tree and its answers, and every reference between them.
// Every problem in every file is collected and thrown together as one ContentError.
import { join } from 'node:path';

import type { z } from 'zod';

import { factWords } from '../vocabulary/words';
import { checkTree } from './check-tree';
import { checkVocabulary } from './check-vocabulary';
import { parseFacts } from '../vocabulary/query';
import { parseAnswer, type Answer } from './answers';
import { diagnoseFiles, parseDiagnoseRules } from './diagnose-rules';
import { parseLetterTemplate } from './letter-template';
import { parseUnderstanding } from './understanding';
import { parseArticle, type Article } from './article';
import { display, listFiles, readCollection, readText } from './files';
import { prepareImages } from './images';
import { checkIspAliases, parseIsp, type IspEntry } from './isps';
import { checkLinks, checkRedirects, checkUrl, type LinkTarget, type SiteIndex } from './links';
import type { Placeholders } from '../markdown/placeholders';
import { buildPlaceholders } from './placeholders';
import { ContentError, type Problem } from './problems';
import { contentRoot } from './root';
import {
  categoriesSchema,
  redirectsSchema,
  siteConfigSchema,
  type Category,
  type DiagnoseRules,
  type LetterTemplate,
  type Redirect,
  type Understanding,
  type SiteConfig,
} from './schema';
import { parseTree, type LoadedTree } from './tree';
import { parseYaml } from './yaml';

export type { Answer } from './answers';
export type { Article } from './article';
export type { IspEntry } from './isps';
export type { LoadedTree } from './tree';

export type Library = {
  config: SiteConfig;
  placeholders: Placeholders;
  categories: Array<Category>;
  redirects: Array<Redirect>;
  articles: Array<Article>;
  isps: Array<IspEntry>;
  tree: LoadedTree;
  answers: Array<Answer>;
  diagnose: DiagnoseRules;
  letter: LetterTemplate;
  understanding: Understanding;
};

export type LibraryRoots = { contentDir: string; publicDir: string };

// The roots are parameters (tests point them at fixtures), so the joins below are marked for
// Turbopack not to trace the whole project; content/ and public/ are what the server reads.
export const defaultRoots = (): LibraryRoots => ({
  contentDir: contentRoot(),
  publicDir: join(process.cwd(), 'public'),
});

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

/** An article's "start from this step" link must be a valid troubleshooter state. */
function checkStarts(articles: ReadonlyArray<Article>, ispSlugs: ReadonlySet<string>): Array<Problem> {
  return articles.flatMap((a) => {
    if (a.start === undefined) {
      return [];
    }
    const parsed = parseFacts(new URLSearchParams(a.start), ispSlugs);
    return parsed.ok ? [] : [{ file: a.file, message: `frontmatter.start: ${parsed.problem.message}` }];
  });
}

/** An answer's "read more" sections must exist. */
function checkAnswerSections(answers: ReadonlyArray<Answer>, site: SiteIndex): Array<Problem> {
  return answers.flatMap((a) =>
    a.sections.flatMap((ref) => {
      const broken = checkUrl(`/articles/${ref}`, site);
      return broken ? [{ file: a.file, message: `frontmatter.sections: ${broken}` }] : [];
    }),
  );
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

  const dir = (name: string) => join(/*turbopackIgnore: true*/ roots.contentDir, name);
  const publicFiles = new Set(await listFiles(roots.publicDir));
  // Every page whose body parsed, even with bad frontmatter, so links to it and from it are checked.
  const articlePages: Array<LinkTarget> = [];
  const answerPages: Array<LinkTarget> = [];
  const articles: Array<Article> = [];
  for (const { slug, file, text } of await readCollection(dir('articles'), '.md', problems)) {
    const { article, target, problems: found } = parseArticle(text, file, slug, placeholders);
    problems.push(...found);
    articlePages.push(target);
    if (article) {
      await prepareImages(article.tree, roots.publicDir, publicFiles);
      articles.push(article);
    }
  }
  const answers: Array<Answer> = [];
  for (const { slug, file, text } of await readCollection(dir('answers'), '.md', problems)) {
    const { answer, target, problems: found } = parseAnswer(text, file, slug, placeholders);
    problems.push(...found);
    answerPages.push(target);
    if (answer) {
      answers.push(answer);
    }
  }
  const isps: Array<IspEntry> = [];
  for (const { slug, file, text } of await readCollection(dir('isps'), '.yaml', problems)) {
    const { isp, problems: found } = parseIsp(text, file, slug);
    problems.push(...found);
    if (isp) {
      isps.push(isp);
    }
  }
  const treeFile = dir('troubleshoot/tree.yaml');
  const treeText = await readText(treeFile, problems);
  const parsedTree = treeText === undefined ? undefined : parseTree(treeText, display(treeFile), placeholders);
  problems.push(...(parsedTree?.problems ?? []));
  const tree = parsedTree?.tree;
  const diagnoseTexts = await Promise.all(
    Object.entries(diagnoseFiles).map(async ([layer, name]) => {
      const path = dir(`diagnose/${name}`);
      return [layer, { text: await readText(path, problems), file: display(path) }] as const;
    }),
  );
  const diagnoseFile = display(dir(`diagnose/${diagnoseFiles.diagnoses}`));
  const parsedRules =
    config && diagnoseTexts.every(([, f]) => f.text !== undefined)
      ? parseDiagnoseRules(
          Object.fromEntries(diagnoseTexts.map(([layer, f]) => [layer, { text: f.text ?? '', file: f.file }])) as Parameters<
            typeof parseDiagnoseRules
          >[0],
          { name: config.name, submission: config.submission.host, relay: config.relay.host },
        )
      : undefined;
  problems.push(...(parsedRules?.problems ?? []));
  const diagnose = parsedRules?.rules;
  const letterFile = dir('request/letter.yaml');
  const letterText = await readText(letterFile, problems);
  const parsedLetter = letterText === undefined ? undefined : parseLetterTemplate(letterText, display(letterFile), placeholders);
  problems.push(...(parsedLetter?.problems ?? []));
  const letter = parsedLetter?.template;
  const understandingFile = dir('chat/understanding.yaml');
  const understandingText = await readText(understandingFile, problems);
  const parsedUnderstanding =
    understandingText === undefined ? undefined : parseUnderstanding(understandingText, display(understandingFile));
  problems.push(...(parsedUnderstanding?.problems ?? []));
  const understanding = parsedUnderstanding?.understanding;

  const site: SiteIndex = {
    articles: new Map(articlePages.map((p) => [p.slug, p])),
    answers: new Set(answerPages.map((p) => p.slug)),
    isps: new Set(isps.map((i) => i.slug)),
    publicFiles,
  };
  const pages = [...articlePages, ...answerPages];
  if (articlePages.length === 0 && problems.length === 0) {
    problems.push({ file: display(dir('articles')), message: 'no articles found; add at least one .md file' });
  }
  problems.push(
    ...checkReferences(articles, new Set(site.articles.keys()), categories),
    ...checkStarts(articles, site.isps),
    ...checkIspAliases(isps),
    ...checkVocabulary(factWords),
    ...checkLinks(tree ? [...pages, tree.target] : pages, site),
    ...checkRedirects(redirects ?? [], site, display(dir('redirects.yaml'))),
    ...(tree
      ? checkTree(
          tree,
          {
            answers: site.answers,
            articles: new Map([...site.articles].map(([slug, t]) => [slug, t.ids])),
            ispSlugs: [...site.isps],
          },
          tree.file,
        )
      : []),
    ...checkAnswerSections(answers, site),
    ...[
      ...Object.entries(diagnose?.diagnoses ?? {}),
      ...Object.entries(diagnose?.findings ?? {}),
    ].flatMap(([id, d]) => {
      const broken = d.article === undefined ? undefined : checkUrl(`/articles/${d.article}`, site);
      return broken ? [{ file: diagnoseFile, message: `${id}.article: ${broken}` }] : [];
    }),
  );
  if (
    problems.length > 0 ||
    !config ||
    !categories ||
    !redirects ||
    !tree ||
    !diagnose ||
    !letter ||
    !understanding
  ) {
    throw new ContentError(problems);
  }
  return {
    config,
    placeholders: buildPlaceholders(config),
    categories,
    redirects,
    articles,
    isps,
    tree,
    answers,
    diagnose,
    letter,
    understanding,
  };
}
