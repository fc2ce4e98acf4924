// What the insights page shows, computed from the stored counts and the content: pure, so it is
// tested on counts made up in the test.
import type { Total, WeekTotal } from '../events/store';
import { weekOf, weekStart, type DayRange, type EventType } from '../events/types';
import { reasons, type Reason } from '../vocabulary/feedback';
import type { Assistant } from '../troubleshoot';
import { fillCase } from '../troubleshoot/personalise';
import { wilson, type Interval } from './wilson';

export type ReportData = { totals: Record<EventType, Array<Total>>; weeks: Array<WeekTotal> };

export type Votes = { yes: number; no: number; interval: Interval | undefined; reasons: Record<Reason, number> };
export type AnswerRow = Votes & {
  id: string;
  title: string;
  reached: number;
  via: { troubleshoot: number; chat: number; link: number };
  /** The tree's outcome nodes that end at this answer. */
  nodes: Array<string>;
  needHelp: number;
};
export type ArticleRow = Votes & { slug: string; title: string };
export type QuestionRow = {
  id: string;
  text: string;
  shown: number;
  answered: number;
  left: number;
  leftRate: number | undefined;
};
export type WeekRow = {
  week: number;
  start: number;
  reached: number;
  yes: number;
  no: number;
  searchMisses: number;
  diagnoses: number;
  unknown: number;
  chat: number;
  chatMissed: number;
  needHelp: number;
};

export type Report = {
  range: DayRange;
  answers: Array<AnswerRow>;
  articles: Array<ArticleRow>;
  /** Answers and articles with a "no", least helpful first (by the interval's upper end). */
  leastHelpful: Array<(AnswerRow & { kind: 'answer' }) | (ArticleRow & { kind: 'article' })>;
  questions: Array<QuestionRow>;
  searches: Array<{ query: string; n: number }>;
  diagnoses: Array<{ id: string; title: string; n: number; share: number }>;
  unknownRate: number | undefined;
  chat: { understood: number; missed: number; missedRate: number | undefined };
  letters: Array<{ isp: string; name: string; n: number }>;
  needHelp: Array<{ from: string; page: number; email: number }>;
  weeks: Array<WeekRow>;
};

function sumBy(totals: ReadonlyArray<Total>, key: (t: Total) => string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const t of totals) {
    sums.set(key(t), (sums.get(key(t)) ?? 0) + t.n);
  }
  return sums;
}

function votesOf(target: string, votes: Map<string, number>, reasonCounts: Map<string, number>): Votes {
  const yes = votes.get(`${target} yes`) ?? 0;
  const no = votes.get(`${target} no`) ?? 0;
  return {
    yes,
    no,
    interval: wilson(yes, yes + no),
    reasons: Object.fromEntries(reasons.map((r) => [r, reasonCounts.get(`${target} ${r}`) ?? 0])) as Record<
      Reason,
      number
    >,
  };
}

export function buildReport(data: ReportData, assistant: Assistant, range: DayRange): Report {
  const { totals } = data;
  const votes = sumBy(totals.vote, (t) => `${t.subject} ${t.detail}`);
  const reasonCounts = sumBy(totals.reason, (t) => `${t.subject} ${t.detail}`);
  const reached = sumBy(totals.reached, (t) => t.subject);
  const reachedVia = sumBy(totals.reached, (t) => `${t.subject} ${t.detail.split('?')[0] ?? ''}`);
  const needHelp = sumBy(totals['need-help'], (t) => t.subject);
  const nodes = Object.entries(assistant.tree.nodes);

  const answers: Array<AnswerRow> = [...assistant.answers.values()]
    .map((a) => ({
      id: a.id,
      title: fillCase(a.title, {}),
      reached: reached.get(a.id) ?? 0,
      via: {
        troubleshoot: reachedVia.get(`${a.id} troubleshoot`) ?? 0,
        chat: reachedVia.get(`${a.id} chat`) ?? 0,
        link: reachedVia.get(`${a.id} link`) ?? 0,
      },
      nodes: nodes.filter(([id, n]) => n.kind === 'outcome' && (n.answer ?? id) === a.id).map(([id]) => id),
      needHelp: needHelp.get(`answer/${a.id}`) ?? 0,
      ...votesOf(`answer/${a.id}`, votes, reasonCounts),
    }))
    .sort((a, b) => b.reached - a.reached || b.yes + b.no - (a.yes + a.no) || a.id.localeCompare(b.id));

  const articles: Array<ArticleRow> = [...assistant.articles.values()]
    .map((a) => ({ slug: a.slug, title: a.title, ...votesOf(`article/${a.slug}`, votes, reasonCounts) }))
    .sort((a, b) => b.yes + b.no - (a.yes + a.no) || a.slug.localeCompare(b.slug));

  const leastHelpful = [
    ...answers.map((a) => ({ ...a, kind: 'answer' as const })),
    ...articles.map((a) => ({ ...a, kind: 'article' as const })),
  ]
    .filter((r) => r.no > 0)
    .sort((a, b) => (a.interval?.high ?? 1) - (b.interval?.high ?? 1) || b.no - a.no)
    .slice(0, 10);

  const shown = sumBy(totals.question, (t) => `${t.subject} ${t.detail}`);
  const questions: Array<QuestionRow> = nodes
    .filter(([, n]) => n.kind === 'question')
    .map(([id, n]) => {
      const s = shown.get(`${id} shown`) ?? 0;
      const answered = shown.get(`${id} answered`) ?? 0;
      const left = Math.max(0, s - answered);
      return {
        id,
        text: n.kind === 'question' ? n.text : id,
        shown: s,
        answered,
        left,
        leftRate: s > 0 ? left / s : undefined,
      };
    });

  const diagnosisCounts = sumBy(totals.diagnosis, (t) => t.subject);
  const diagnosisTotal = [...diagnosisCounts.values()].reduce((a, b) => a + b, 0);
  const diagnoses = [...diagnosisCounts]
    .map(([id, n]) => ({
      id,
      title: assistant.diagnoses[id as keyof Assistant['diagnoses']]?.title ?? id,
      n,
      share: n / diagnosisTotal,
    }))
    .sort((a, b) => b.n - a.n || a.id.localeCompare(b.id));

  const chatCounts = sumBy(totals.chat, (t) => t.subject);
  const understood = chatCounts.get('understood') ?? 0;
  const missed = chatCounts.get('missed') ?? 0;

  const needHelpRows = new Map<string, { from: string; page: number; email: number }>();
  for (const t of totals['need-help']) {
    const row = needHelpRows.get(t.subject) ?? { from: t.subject, page: 0, email: 0 };
    row[t.detail === 'email' ? 'email' : 'page'] += t.n;
    needHelpRows.set(t.subject, row);
  }

  return {
    range,
    answers,
    articles,
    leastHelpful,
    questions,
    searches: totals['search-miss'].map((t) => ({ query: t.subject, n: t.n })),
    diagnoses,
    unknownRate: diagnosisTotal > 0 ? (diagnosisCounts.get('unknown') ?? 0) / diagnosisTotal : undefined,
    chat: { understood, missed, missedRate: understood + missed > 0 ? missed / (understood + missed) : undefined },
    letters: [...sumBy(totals.letter, (t) => t.subject)]
      .map(([isp, n]) => ({ isp, name: assistant.isps.get(isp)?.name ?? 'Another provider', n }))
      .sort((a, b) => b.n - a.n || a.isp.localeCompare(b.isp)),
    needHelp: [...needHelpRows.values()].sort(
      (a, b) => b.page + b.email - (a.page + a.email) || a.from.localeCompare(b.from),
    ),
    weeks: buildWeeks(data.weeks, range),
  };
}

function buildWeeks(rows: ReadonlyArray<WeekTotal>, range: DayRange): Array<WeekRow> {
  const weeks = new Map<number, WeekRow>();
  for (let w = weekOf(range.from); w <= weekOf(range.to); w++) {
    weeks.set(w, {
      week: w,
      start: weekStart(w),
      reached: 0,
      yes: 0,
      no: 0,
      searchMisses: 0,
      diagnoses: 0,
      unknown: 0,
      chat: 0,
      chatMissed: 0,
      needHelp: 0,
    });
  }
  for (const r of rows) {
    const week = weeks.get(r.week);
    if (!week) {
      continue;
    }
    if (r.type === 'reached') {
      week.reached += r.n;
    } else if (r.type === 'vote' && (r.key === 'yes' || r.key === 'no')) {
      week[r.key] += r.n;
    } else if (r.type === 'search-miss') {
      week.searchMisses += r.n;
    } else if (r.type === 'diagnosis') {
      week.diagnoses += r.n;
      week.unknown += r.key === 'unknown' ? r.n : 0;
    } else if (r.type === 'chat') {
      week.chat += r.n;
      week.chatMissed += r.key === 'missed' ? r.n : 0;
    } else if (r.type === 'need-help') {
      week.needHelp += r.n;
    }
  }
  return [...weeks.values()];
}
