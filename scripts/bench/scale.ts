// How build time and the search index grow with content: generated content sets (the shipped
// articles and ISP entries copied under new names, each article with words of its own so the
// index grows as a real one would), each built from scratch into its own folder.
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { parse, stringify } from 'yaml';

export type ScalePoint = {
  articles: number;
  isps: number;
  pages: number;
  buildSeconds: number;
  /** Next.js's "Collecting page data" and "Generating static pages": the part that grows with content. */
  contentSeconds: number;
  indexBytes: number;
  indexGzipBytes: number;
};

const syllables = [
  'ka',
  'lo',
  'mer',
  'tu',
  'vin',
  'sa',
  'dre',
  'po',
  'qui',
  'bel',
  'zor',
  'fen',
  'gra',
  'hol',
  'nix',
  'wu',
];

/** Words no other article has: a seeded mix of syllables. */
function ownWords(seed: number, count: number): string {
  let s = seed + 1;
  const words: Array<string> = [];
  for (let i = 0; i < count; i++) {
    let word = '';
    for (let j = 0; j < 3; j++) {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      word += syllables[s % syllables.length];
    }
    words.push(word);
  }
  return words.join(' ');
}

async function generate(dir: string, articles: number, isps: number): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await cp('content', dir, { recursive: true });
  const articleFiles = (await readdir('content/articles')).filter((f) => f.endsWith('.md')).sort();
  for (let i = 0; articles - articleFiles.length > i; i++) {
    const file = articleFiles[i % articleFiles.length] ?? '';
    const text = await readFile(join('content/articles', file), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const data = parse(front) as Record<string, unknown>;
    data.title = `${String(data.title)} (copy ${i + 1})`;
    delete data.featured;
    const extra = `\n\n## Notes for case ${i + 1}\n\n${ownWords(i, 80)}.\n`;
    await writeFile(
      join(dir, 'articles', `${file.replace(/\.md$/, '')}-copy-${i + 1}.md`),
      `---\n${stringify(data)}---\n${body}${extra}`,
    );
  }
  const ispFiles = (await readdir('content/isps')).filter((f) => f.endsWith('.yaml')).sort();
  for (let i = 0; isps - ispFiles.length > i; i++) {
    const file = ispFiles[i % ispFiles.length] ?? '';
    const data = parse(await readFile(join('content/isps', file), 'utf8')) as Record<string, unknown>;
    const slug = `${file.replace(/\.yaml$/, '')}-copy-${i + 1}`;
    data.name = `${String(data.name)} (copy ${i + 1})`;
    data.aliases = [slug];
    await writeFile(join(dir, 'isps', `${slug}.yaml`), stringify(data));
  }
}

async function countHtml(dir: string): Promise<number> {
  let n = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      n++;
    }
  }
  return n;
}

type BuildOptions = { contentDir?: string; distDir: string; articles: number; isps: number };

/** Builds `content` (or generated content) into `distDir` from scratch and measures it. */
export async function buildAndMeasure(options: BuildOptions): Promise<ScalePoint> {
  await rm(options.distDir, { recursive: true, force: true });
  // Next.js points next-env.d.ts at the types of the folder it builds; keep it on .next.
  const nextEnv = await readFile('next-env.d.ts', 'utf8').catch(() => undefined);
  try {
    return await build(options);
  } finally {
    if (nextEnv !== undefined && options.distDir !== '.next') {
      await writeFile('next-env.d.ts', nextEnv);
    }
  }
}

/** Runs one step of `npm run build` (`name`, then its arguments) with `env`, passing on its output. */
async function step(
  name: string,
  args: Array<string>,
  env: NodeJS.ProcessEnv,
  onOutput: (text: string) => void,
): Promise<void> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d: Buffer) => onOutput(d.toString()));
  child.stderr.on('data', (d: Buffer) => onOutput(d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) {
    throw new Error(`${name} failed (exit ${code})`);
  }
}

async function build(options: BuildOptions): Promise<ScalePoint> {
  const start = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - start) / 1e9;
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    ...(options.contentDir ? { SENDHELP_CONTENT_DIR: options.contentDir } : {}),
    ...(options.distDir === '.next' ? {} : { SENDHELP_DIST_DIR: options.distDir }),
  };
  let output = '';
  let collecting: number | undefined;
  let generated: number | undefined;
  const collect = (text: string) => {
    output += text;
    collecting ??= output.includes('Collecting page data') ? seconds() : undefined;
    generated ??= /Generating static pages[^\n]*\) in /.test(output) ? seconds() : undefined;
  };
  const tsx = 'node_modules/tsx/dist/cli.mjs';
  // The steps of `npm run build`: the content check, `next build`, what the server reads about the build.
  try {
    await step('scripts/check-content.ts', [tsx, 'scripts/check-content.ts'], env, collect);
    await step('next build', ['node_modules/next/dist/bin/next', 'build'], env, collect);
    await step('scripts/build-manifest.ts', [tsx, 'scripts/build-manifest.ts'], env, collect);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}:\n${output}`);
  }
  const buildSeconds = seconds();
  const index = await readFile(join(options.distDir, 'server/app/search-index.json.body'));
  await stat(join(options.distDir, 'BUILD_ID'));
  return {
    articles: options.articles,
    isps: options.isps,
    pages: await countHtml(join(options.distDir, 'server/app')),
    buildSeconds,
    contentSeconds: (generated ?? buildSeconds) - (collecting ?? 0),
    indexBytes: index.length,
    indexGzipBytes: gzipSync(index, { level: 9 }).length,
  };
}

/** The tsconfig the generated sets build with (next.config.ts), so the project's own stays as it is. */
const benchTsconfig = {
  extends: '../tsconfig.json',
  include: ['../next-env.d.ts', '../**/*.ts', '../**/*.tsx', '../server/**/*.mjs'],
  exclude: ['../node_modules', '../.next'],
};

/** Makes .bench ready for builds of other content into folders of their own. */
export async function prepareBenchFolder(): Promise<void> {
  await mkdir('.bench', { recursive: true });
  await writeFile(join('.bench', 'tsconfig.json'), JSON.stringify(benchTsconfig, null, 2));
}

/** Generates and builds one content set of `articles` articles and `isps` ISP entries. */
export async function scalePoint(articles: number, isps: number): Promise<ScalePoint> {
  const contentDir = join('.bench', `content-${articles}`);
  await prepareBenchFolder();
  await generate(contentDir, articles, isps);
  const point = await buildAndMeasure({ contentDir, distDir: join('.bench', `dist-${articles}`), articles, isps });
  await rm(join('.bench', `dist-${articles}`), { recursive: true, force: true });
  return point;
}
