// Charts as plain SVG rendered on the server: no chart library, no JavaScript. Each stands beside
// the table with the same numbers, which is what screen readers are pointed to.
const width = 520;
const labelWidth = 190;
const rowHeight = 24;

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

type Bar = { label: string; value: number; note?: string };

/** Horizontal bars, largest first as given. */
export function BarChart({ title, tableId, bars }: { title: string; tableId: string; bars: Array<Bar> }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(1, bars.length) * rowHeight + 8;
  const span = width - labelWidth - 60;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${tableId}-chart`}
      aria-describedby={`${tableId}-caption`}
    >
      <title id={`${tableId}-chart`}>{`${title} (chart; the table beside it has the numbers)`}</title>
      {bars.map((b, i) => {
        const y = i * rowHeight + 4;
        return (
          <g key={`${b.label}-${i}`}>
            <text x={labelWidth - 8} y={y + 15} textAnchor="end" className="chart-label">
              {short(b.label, 30)}
            </text>
            <rect
              x={labelWidth}
              y={y + 3}
              width={Math.max(b.value > 0 ? 2 : 0, (b.value / max) * span)}
              height={rowHeight - 8}
              className="chart-bar"
            />
            <text x={labelWidth + (b.value / max) * span + 6} y={y + 15} className="chart-value">
              {b.note ?? b.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

type Interval = { label: string; rate: number; low: number; high: number; votes: number };

/** Helpful rates as a dot with its 95% interval: a short line is a sure rate, a long one is a guess. */
export function IntervalChart({ title, tableId, rows }: { title: string; tableId: string; rows: Array<Interval> }) {
  const height = Math.max(1, rows.length) * rowHeight + 28;
  const span = width - labelWidth - 70;
  const x = (v: number) => labelWidth + v * span;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${tableId}-interval`}
      aria-describedby={`${tableId}-caption`}
    >
      <title id={`${tableId}-interval`}>{`${title} (chart; the table beside it has the numbers)`}</title>
      {[0, 0.5, 1].map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={0} y2={height - 20} className="chart-grid" />
          <text x={x(t)} y={height - 6} textAnchor="middle" className="chart-value">{`${t * 100}%`}</text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = i * rowHeight + 14;
        return (
          <g key={`${r.label}-${i}`}>
            <text x={labelWidth - 8} y={y + 4} textAnchor="end" className="chart-label">
              {short(r.label, 30)}
            </text>
            <line x1={x(r.low)} x2={x(r.high)} y1={y} y2={y} className="chart-interval" />
            <circle cx={x(r.rate)} cy={y} r={4} className="chart-dot" />
            <text
              x={x(1) + 8}
              y={y + 4}
              className="chart-value"
            >{`${r.votes} ${r.votes === 1 ? 'vote' : 'votes'}`}</text>
          </g>
        );
      })}
    </svg>
  );
}

/** One weekly series as a line, for trends; gaps where a week has nothing to divide by. */
export function TrendChart({
  title,
  id,
  points,
  percent,
}: {
  title: string;
  id: string;
  points: Array<{ label: string; value: number | undefined }>;
  percent?: boolean;
}) {
  const height = 140;
  const top = 12;
  const bottom = height - 24;
  const left = 44;
  const known = points.map((p) => p.value).filter((v): v is number => v !== undefined);
  const max = percent ? 1 : Math.max(1, ...known);
  const x = (i: number) => left + (points.length <= 1 ? 0 : (i / (points.length - 1)) * (width - left - 12));
  const y = (v: number) => bottom - (v / max) * (bottom - top);
  const segments: Array<string> = [];
  let current = '';
  points.forEach((p, i) => {
    if (p.value === undefined) {
      if (current) {
        segments.push(current);
      }
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(i).toFixed(1)} ${y(p.value).toFixed(1)} `;
  });
  if (current) {
    segments.push(current);
  }
  const format = (v: number) => (percent ? `${Math.round(v * 100)}%` : String(Math.round(v)));
  return (
    <figure className="trend">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        className="chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby="weeks-caption"
      >
        <line x1={left} x2={width - 12} y1={bottom} y2={bottom} className="chart-grid" />
        <text x={left - 6} y={top + 4} textAnchor="end" className="chart-value">
          {format(max)}
        </text>
        <text x={left - 6} y={bottom + 4} textAnchor="end" className="chart-value">
          {format(0)}
        </text>
        {segments.map((d) => (
          <path key={d} d={d} className="chart-line" />
        ))}
        {points.map((p, i) =>
          p.value === undefined ? null : (
            <circle key={p.label} cx={x(i)} cy={y(p.value)} r={2.5} className="chart-dot" />
          ),
        )}
        {[0, points.length - 1]
          .filter((i, k, all) => i >= 0 && all.indexOf(i) === k)
          .map((i) => (
            <text key={i} x={x(i)} y={height - 6} textAnchor={i === 0 ? 'start' : 'end'} className="chart-value">
              {points[i]?.label}
            </text>
          ))}
      </svg>
    </figure>
  );
}
