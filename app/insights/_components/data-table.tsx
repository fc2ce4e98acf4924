import { cellText, type Cell, type Table } from '@/lib/insights/tables';

function CellView({ cell }: { cell: Cell }) {
  if (Array.isArray(cell)) {
    return (
      <>
        {cell.map((link, i) => (
          <span key={link.href}>
            {i > 0 ? ', ' : null}
            <a href={link.href}>{link.text}</a>
          </span>
        ))}
      </>
    );
  }
  if (typeof cell === 'object' && 'href' in cell) {
    return <a href={cell.href}>{cell.text}</a>;
  }
  return <>{cellText(cell, 'percent')}</>;
}

/** One insights table, with its CSV download; `limit` rows on the page (the file has them all). */
export function DataTable({ table, query, limit }: { table: Table; query: string; limit?: number }) {
  const rows = limit === undefined ? table.rows : table.rows.slice(0, limit);
  return (
    <div className="insights-table">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`${table.title}: table`}>
        <table>
          <caption id={`${table.id}-caption`}>{table.title}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length}>Nothing recorded in this period.</td>
              </tr>
            ) : (
              rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        <CellView cell={cell} />
                      </th>
                    ) : (
                      <td key={j} className={table.columns[j]?.numeric ? 'num' : undefined}>
                        <CellView cell={cell} />
                      </td>
                    ),
                  )}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <p className="meta">
        {rows.length < table.rows.length ? `The first ${rows.length} of ${table.rows.length} rows. ` : null}
        <a href={`/insights/export/${table.id}.csv?${query}`} download>
          Download as CSV<span className="visually-hidden">: {table.title}</span>
        </a>
      </p>
    </div>
  );
}
