// What the benchmark measures, and the budgets `npm run bench:check` (and CI) holds it to.

/** The five pages a customer meets first; first-load JavaScript and Lighthouse are measured on each. */
export const pages = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/articles/smtp-ports-explained' },
  { name: 'troubleshooter', path: '/troubleshoot' },
  { name: 'chat', path: '/chat' },
  { name: 'request', path: '/request' },
] as const;

export type PageName = (typeof pages)[number]['name'];

export const budgets = {
  /** First-load JavaScript (gzip) above a bare Next.js page's, in KB: no page ships code it does not use. */
  jsOverBaselineKb: { home: 10, article: 10, troubleshooter: 10, chat: 10, request: 10 } satisfies Record<
    PageName,
    number
  >,
  /** Lighthouse 12, mobile preset, lowest acceptable score per category. */
  lighthouse: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
} as const;

export type LighthouseCategory = keyof typeof budgets.lighthouse;
