// The assistant as the site uses it: the loaded tree, answers and ISPs, ready for lookups.
import 'server-only';

import { getLibrary } from '../content';
import { env } from '../env';
import type { Answer, Article, IspEntry, LoadedTree } from '../content/library';
import type { DiagnoseRules, SiteConfig } from '../content/schema';
import type { TreeContext } from './derive';

export type Assistant = {
  tree: LoadedTree;
  context: TreeContext;
  config: SiteConfig;
  answers: ReadonlyMap<string, Answer>;
  articles: ReadonlyMap<string, Article>;
  isps: ReadonlyMap<string, IspEntry>;
  ispSlugs: ReadonlySet<string>;
  /** Titles of the classifier's diagnoses, for "from your error". */
  diagnoses: DiagnoseRules['diagnoses'];
};

let assistant: Promise<Assistant> | undefined;

function build(): Promise<Assistant> {
  return getLibrary().then((library) => {
    const isps = new Map(library.isps.map((i) => [i.slug, i]));
    return {
      tree: library.tree,
      context: { isps, config: library.config },
      config: library.config,
      answers: new Map(library.answers.map((a) => [a.id, a])),
      articles: new Map(library.articles.map((a) => [a.slug, a])),
      isps,
      ispSlugs: new Set(isps.keys()),
      diagnoses: library.diagnose.diagnoses,
    };
  });
}

/** Built once per server process; `next dev` rebuilds it on every request, like the content. */
export function getAssistant(): Promise<Assistant> {
  if (env.NODE_ENV === 'development') {
    return build();
  }
  assistant ??= build();
  return assistant;
}
