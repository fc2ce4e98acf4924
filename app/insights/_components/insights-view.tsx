import type { ReactNode } from 'react';

import { isoDay } from '@/lib/events/types';
import type { Report } from '@/lib/insights/report';
import type { Table, TableId } from '@/lib/insights/tables';

import { BarChart, IntervalChart, TrendChart } from './charts';
import { DataTable } from './data-table';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="insights-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div className="insights-pair">{children}</div>
    </section>
  );
}

const percent = (v: number | undefined) => (v === undefined ? 'no data' : `${Math.round(v * 100)}%`);

export function InsightsView({
  report,
  tables,
  query,
}: {
  report: Report;
  tables: Record<TableId, Table>;
  query: string;
}) {
  const voted = report.answers.filter((a) => a.interval).slice(0, 15);
  const weekLabel = (start: number) => isoDay(start).slice(5);
  return (
    <>
      <Section id="answers" title="Answers: reached, and helpful">
        <BarChart
          title="Times each answer was reached"
          tableId="answers"
          bars={report.answers
            .filter((a) => a.reached > 0)
            .slice(0, 12)
            .map((a) => ({ label: a.title, value: a.reached }))}
        />
        {voted.length > 0 ? (
          <IntervalChart
            title="Helpful rate of each answer, with its 95% interval"
            tableId="answers"
            rows={voted.map((a) => ({
              label: a.title,
              rate: a.interval?.rate ?? 0,
              low: a.interval?.low ?? 0,
              high: a.interval?.high ?? 1,
              votes: a.yes + a.no,
            }))}
          />
        ) : null}
        <DataTable table={tables.answers} query={query} />
      </Section>
      <Section id="least-helpful" title="Least helpful, with the reasons given">
        <p className="meta">
          Ranked by the top of the 95% interval: a page with one “no” is not ranked below one with fifty.
        </p>
        <DataTable table={tables['least-helpful']} query={query} />
      </Section>
      <Section id="questions" title="Where customers leave the troubleshooter">
        <BarChart
          title="Share of customers who left at each question"
          tableId="questions"
          bars={report.questions
            .filter((q) => q.shown > 0)
            .map((q) => ({ label: q.id, value: q.leftRate ?? 0, note: `${percent(q.leftRate)} of ${q.shown}` }))}
        />
        <DataTable table={tables.questions} query={query} />
      </Section>
      <Section id="searches" title="Searches that found nothing">
        <DataTable table={tables.searches} query={query} limit={50} />
      </Section>
      <Section id="diagnoses" title="Pasted errors">
        <p>
          Unknown rate: <strong>{percent(report.unknownRate)}</strong> of pasted errors could not be read.
        </p>
        <BarChart
          title="Diagnoses of pasted errors"
          tableId="diagnoses"
          bars={report.diagnoses.map((d) => ({ label: d.title, value: d.n }))}
        />
        <DataTable table={tables.diagnoses} query={query} />
      </Section>
      <Section id="chat" title="The chat">
        <p>
          Not understood: <strong>{percent(report.chat.missedRate)}</strong> of typed messages.
        </p>
        <DataTable table={tables.chat} query={query} />
      </Section>
      <Section id="weeks" title="Week by week">
        <div className="trends">
          <TrendChart
            id="trend-reached"
            title="Answers reached"
            points={report.weeks.map((w) => ({ label: weekLabel(w.start), value: w.reached }))}
          />
          <TrendChart
            id="trend-helpful"
            title="Helpful rate"
            percent
            points={report.weeks.map((w) => ({
              label: weekLabel(w.start),
              value: w.yes + w.no > 0 ? w.yes / (w.yes + w.no) : undefined,
            }))}
          />
          <TrendChart
            id="trend-searches"
            title="Searches that found nothing"
            points={report.weeks.map((w) => ({ label: weekLabel(w.start), value: w.searchMisses }))}
          />
          <TrendChart
            id="trend-unknown"
            title="Unknown rate of pasted errors"
            percent
            points={report.weeks.map((w) => ({
              label: weekLabel(w.start),
              value: w.diagnoses > 0 ? w.unknown / w.diagnoses : undefined,
            }))}
          />
          <TrendChart
            id="trend-chat"
            title="Chat messages not understood"
            percent
            points={report.weeks.map((w) => ({
              label: weekLabel(w.start),
              value: w.chat > 0 ? w.chatMissed / w.chat : undefined,
            }))}
          />
        </div>
        <DataTable table={tables.weeks} query={query} />
      </Section>
      <Section id="articles" title="Articles">
        <DataTable table={tables.articles} query={query} />
      </Section>
      <Section id="letters" title="Request letters and “I still need help”">
        <DataTable table={tables.letters} query={query} />
        <DataTable table={tables['need-help']} query={query} />
      </Section>
    </>
  );
}
