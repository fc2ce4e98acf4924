// CSV (RFC 4180) of one insights table. A cell a customer typed (a search) could start with = or
// + and run as a formula in a spreadsheet: such cells are prefixed with an apostrophe.
import { cellText, type Cell, type Table } from './tables';

function csvCell(value: Cell): string {
  let text = cellText(value, 'decimal');
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(table: Table): string {
  const lines = [table.columns.map((c) => csvCell(c.label)), ...table.rows.map((row) => row.map(csvCell))];
  return `${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
