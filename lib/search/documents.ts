// What search finds: every article and each of its h2/h3 sections (so a search can land on the
// exact section an agent would link to), every troubleshooter answer, and every ISP.
import type { Answer, Article, IspEntry } from '../content/library';
import { fillCase } from '../troubleshoot/personalise';
import { toString } from 'hast-util-to-string';
import type { SearchDocument } from './engine';

function articleDocuments(a: Article): Array<SearchDocument> {
  const page = { pageUrl: `/articles/${a.slug}`, pageTitle: a.title, summary: a.summary };
  const intro = a.sections.find((s) => s.id === undefined)?.text ?? '';
  const article: SearchDocument = {
    ...page,
    id: a.slug,
    kind: 'article',
    url: page.pageUrl,
    title: a.title,
    headings: a.sections.flatMap((s) => (s.heading ? [s.heading] : [])).join(' · '),
    tags: a.tags.join(' '),
    text: intro,
  };
  const sections = a.sections.flatMap((s): Array<SearchDocument> =>
    s.id === undefined || s.heading === undefined
      ? []
      : [
          {
            ...page,
            id: `${a.slug}#${s.id}`,
            kind: 'section',
            url: `${page.pageUrl}#${s.id}`,
            title: s.heading,
            headings: '',
            tags: '',
            text: s.text,
          },
        ],
  );
  return [article, ...sections];
}

function answerDocument(a: Answer): SearchDocument {
  const url = `/answers/${a.id}`;
  const title = fillCase(a.title, {});
  return {
    id: url,
    kind: 'answer',
    url,
    title,
    pageUrl: url,
    pageTitle: title,
    summary: fillCase(a.summary, {}),
    headings: '',
    tags: a.kind,
    text: fillCase(toString(a.tree), {}),
  };
}

function ispDocument(isp: IspEntry): SearchDocument {
  const url = `/isps/${isp.slug}`;
  return {
    id: url,
    kind: 'isp',
    url,
    title: isp.name,
    pageUrl: url,
    pageTitle: `${isp.name}: port 25`,
    summary: isp.summary,
    headings: '',
    tags: isp.aliases.join(' '),
    // What it blocks, per kind of connection, so "Comcast port 25 blocked" finds the entry.
    text: [
      isp.summary,
      ...Object.entries(isp.port25).map(([type, p]) => `Port 25 ${p.status} on ${type}. ${p.note ?? ''}`),
    ].join(' '),
  };
}

export function buildSearchDocuments(
  articles: ReadonlyArray<Article>,
  answers: ReadonlyArray<Answer> = [],
  isps: ReadonlyArray<IspEntry> = [],
): Array<SearchDocument> {
  return [...articles.flatMap(articleDocuments), ...answers.map(answerDocument), ...isps.map(ispDocument)];
}
