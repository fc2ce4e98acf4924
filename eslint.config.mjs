// Lint: typescript-eslint with type information, Next's rules, and the house conventions.
import nextPlugin from '@next/eslint-plugin-next';
import tseslint from 'typescript-eslint';

/**
 * lib/ in layers, each importing only from layers below it, so no two folders import each other:
 * the vocabulary at the bottom, then markdown and the content loaders and checks, then the
 * engines, then what composes engines. The value is the lib/ folders each folder may import.
 */
const libLayers = {
  vocabulary: [],
  markdown: [],
  content: ['vocabulary', 'markdown'],
  troubleshoot: ['vocabulary', 'markdown', 'content'],
  diagnose: ['vocabulary', 'markdown', 'content'],
  letter: ['vocabulary', 'markdown', 'content'],
  api: ['vocabulary', 'content'],
  search: ['vocabulary', 'markdown', 'content', 'troubleshoot'],
  chat: ['vocabulary', 'markdown', 'content', 'troubleshoot', 'diagnose'],
  agents: ['vocabulary', 'markdown', 'content', 'troubleshoot', 'search'],
};

/** An import of another lib/ folder, written relative ('../content/schema') or with the alias ('@/lib/content'). */
const folderImport = (folders) => `^(?:(?:\\.\\./)+|@/lib/)(?:${folders.join('|')})(?:/|$)`;

const libPatterns = [
  { regex: '^(?:(?:\\.\\./)+|@/)app(?:/|$)', message: 'lib/ never imports from app/.' },
  { regex: '^next(?:/|$)', message: 'lib/ never imports Next.js, so vitest can load every module without it.' },
];

const restrict = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, ...libPatterns] }] },
});

function layerRules(folder, allowed) {
  const forbidden = Object.keys(libLayers).filter((f) => f !== folder && !allowed.includes(f));
  const below = allowed.length > 0 ? allowed.join(', ') : 'nothing else in lib/';
  return restrict(
    [`lib/${folder}/**/*.ts`, `lib/${folder}/**/*.tsx`],
    [
      {
        regex: folderImport(forbidden),
        message: `lib/${folder} may import only ${below}: move what both need down a layer (see libLayers in eslint.config.mjs).`,
      },
    ],
  );
}

/** The bottom layer imports nothing from the project outside its own folder, not even lib/*.ts. */
function leafRules(folder) {
  const message = `lib/${folder} is the bottom layer: it imports only its own files and packages.`;
  return [
    restrict([`lib/${folder}/*.ts`], [{ regex: '^(?:@/|\\.\\./)', message }]),
    restrict([`lib/${folder}/*/**/*.ts`], [{ regex: '^(?:@/|\\.\\./\\.\\./)', message }]),
  ];
}

export default tseslint.config(
  { ignores: ['.next/**', '.bench/**', 'node_modules/**', 'test-results/**', 'next-env.d.ts'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@next/next': nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      // Plain <a> on purpose: full page loads of prerendered HTML, no prefetching on slow links.
      '@next/next/no-html-link-for-pages': 'off',
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/array-type': ['error', { default: 'generic' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...Object.entries(libLayers).map(([folder, allowed]) => layerRules(folder, allowed)),
  ...leafRules('vocabulary'),
  // lib/*.ts: small helpers (env, colour, format, the site's address) that content and engines share.
  restrict(
    ['lib/*.ts'],
    [
      {
        regex: `^(?:\\./|@/lib/)(?:${Object.keys(libLayers)
          .filter((f) => !['vocabulary', 'content'].includes(f))
          .join('|')})(?:/|$)`,
        message: 'lib/*.ts helpers sit below the engines: they may read content types, never an engine.',
      },
    ],
  ),
  {
    // vitest's asymmetric matchers (expect.stringMatching, expect.any) are typed `any`.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-argument': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
