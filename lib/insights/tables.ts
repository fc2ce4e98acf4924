// Every table of the insights page, as data: the page renders them, and each is a CSV download
// (/insights/export/<id>.csv). One definition, so the page and the files cannot disagree.
import { isoDay } from '../events/types';
import { reasonLabels, reasons } from '../vocabulary/feedback';
import type { Report, Votes } from './report';

export type Link = { text: string; href: string };
/** A cell: text, a count, a link (or several), or a share from 0 to 1 (shown as a percentage). */
export type Cell = string | number | Link | Array<Link> | { share: number | undefined };
export type Table = {
  id: TableId;
  title: string;
  columns: Array<{ label: string; numeric?: boolean }>;
  rows: Array<Array<Cell>>;
};

export const tableIds = [
  'answers',
  'least-helpful',
  'articles',
  'questions',
  'searches',
  'diagnoses',
  'chat',
  'letters',
  'need-help',
  'weeks',
] as const;
export type TableId = (typeof tableIds)[number];

const n = (label: string) => ({ label, numeric: true });
const share = (v: number | undefined) => ({ share: v });
const voteCells = (v: Votes): Array<Cell> => [
  v.yes,
  v.no,
  share(v.interval?.rate),
  share(v.interval?.low),
  share(v.interval?.high),
];
const voteColumns = [n('Yes'), n('No'), n('Helpful rate'), n('95% low'), n('95% high')];
const rate = (part: number, whole: number) => share(whole > 0 ? part / whole : undefined);

export function reportTables(report: Report): Record<TableId, Table> {
  return {
    answers: {
      id: 'answers',
      title: 'Answers reached, and whether they helped',
      columns: [
        { label: 'Answer' },
        { label: 'Tree node' },
        n('Reached'),
        n('From the troubleshooter'),
        n('From the chat'),
        n('From a link'),
        ...voteColumns,
        n('Still needed help'),
      ],
      rows: report.answers.map((a) => [
        { text: a.title, href: `/answers/${a.id}` },
        a.nodes.map((id) => ({ text: id, href: `/agents/tree#node-${id}` })),
        a.reached,
        a.via.troubleshoot,
        a.via.chat,
        a.via.link,
        ...voteCells(a),
        a.needHelp,
      ]),
    },
    'least-helpful': {
      id: 'least-helpful',
      title: 'Least helpful answers and articles, with the reasons given',
      columns: [{ label: 'Page' }, ...voteColumns, ...reasons.map((r) => n(reasonLabels[r]))],
      rows: report.leastHelpful.map((r) => [
        r.kind === 'answer'
          ? { text: r.title, href: `/answers/${r.id}` }
          : { text: r.title, href: `/articles/${r.slug}` },
        ...voteCells(r),
        ...reasons.map((reason) => r.reasons[reason]),
      ]),
    },
    articles: {
      id: 'articles',
      title: 'Articles: did they help?',
      columns: [{ label: 'Article' }, ...voteColumns],
      rows: report.articles
        .filter((a) => a.yes + a.no > 0)
        .map((a) => [{ text: a.title, href: `/articles/${a.slug}` }, ...voteCells(a)]),
    },
    questions: {
      id: 'questions',
      title: 'Where customers leave the troubleshooter',
      columns: [{ label: 'Question' }, { label: 'Id' }, n('Shown'), n('Answered'), n('Left here'), n('Share who left')],
      rows: report.questions.map((q) => [
        q.text,
        { text: q.id, href: `/agents/tree#node-${q.id}` },
        q.shown,
        q.answered,
        q.left,
        share(q.leftRate),
      ]),
    },
    searches: {
      id: 'searches',
      title: 'Searches that found nothing',
      columns: [{ label: 'Search (scrubbed)' }, n('Times')],
      rows: report.searches.map((s) => [
        s.query === '' ? '(nothing left after removing personal details)' : s.query,
        s.n,
      ]),
    },
    diagnoses: {
      id: 'diagnoses',
      title: 'What pasted errors were diagnosed as',
      columns: [{ label: 'Diagnosis' }, { label: 'Id' }, n('Pastes'), n('Share')],
      rows: report.diagnoses.map((d) => [d.title, d.id, d.n, share(d.share)]),
    },
    chat: {
      id: 'chat',
      title: 'Messages typed in the chat',
      columns: [n('Understood'), n('Not understood'), n('Not understood rate')],
      rows: [[report.chat.understood, report.chat.missed, share(report.chat.missedRate)]],
    },
    letters: {
      id: 'letters',
      title: 'Request letters prepared',
      columns: [{ label: 'Internet provider' }, n('Letters')],
      rows: report.letters.map((l) => [l.isp === 'other' ? l.name : { text: l.name, href: `/isps/${l.isp}` }, l.n]),
    },
    'need-help': {
      id: 'need-help',
      title: '“I still need help”, followed',
      columns: [{ label: 'From' }, n('To the support page'), n('By email')],
      rows: report.needHelp.map((h) => [h.from, h.page, h.email]),
    },
    weeks: {
      id: 'weeks',
      title: 'Week by week',
      columns: [
        { label: 'Week starting' },
        n('Answers reached'),
        n('Helpful votes'),
        n('Unhelpful votes'),
        n('Helpful rate'),
        n('Searches that found nothing'),
        n('Pasted errors'),
        n('Unknown rate'),
        n('Chat messages'),
        n('Not understood rate'),
        n('Still needed help'),
      ],
      rows: report.weeks.map((w) => [
        isoDay(w.start),
        w.reached,
        w.yes,
        w.no,
        rate(w.yes, w.yes + w.no),
        w.searchMisses,
        w.diagnoses,
        rate(w.unknown, w.diagnoses),
        w.chat,
        rate(w.chatMissed, w.chat),
        w.needHelp,
      ]),
    },
  };
}

/** A cell as text: links by their text, shares as a decimal (CSV) or a percentage (the page). */
export function cellText(cell: Cell, shares: 'decimal' | 'percent'): string {
  if (typeof cell === 'string' || typeof cell === 'number') {
    return String(cell);
  }
  if (Array.isArray(cell)) {
    return cell.map((l) => l.text).join(' ');
  }
  if ('share' in cell) {
    if (cell.share === undefined) {
      return '';
    }
    return shares === 'decimal' ? cell.share.toFixed(3) : `${Math.round(cell.share * 100)}%`;
  }
  return cell.text;
}
