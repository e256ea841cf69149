/**
 * CSV as spreadsheets read it (RFC 4180: CRLF, fields quoted when needed, quotes doubled).
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed
 * with a quote mark, so an exported note can never execute anything (OWASP CSV injection).
 */
export type Cell = string | number | boolean | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<T>(rows: readonly T[], columns: readonly (readonly [header: string, value: (row: T) => Cell])[]): string {
  const lines = [columns.map(([header]) => cell(header)).join(',')];
  for (const row of rows) lines.push(columns.map(([, value]) => cell(value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
