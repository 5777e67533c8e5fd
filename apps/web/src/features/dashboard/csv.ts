export type CsvCell = string | number | null | undefined;

export interface TableColumn<Row> {
  header: string;
  /** The raw value for CSV (numbers unformatted, so a spreadsheet can compute with them). */
  value: (row: Row) => CsvCell;
  /** What the table shows; the raw value when omitted. */
  format?: (row: Row) => string;
  numeric?: boolean;
  /** The figure's tooltip on screen (method, n); the CSV carries the method in its own columns. */
  tip?: (row: Row) => string | null;
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // Quote when a comma, quote or line break would split the cell; a leading = + - @ is neutralised against formula injection.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV of the rows, with a header line, lines ended by CRLF. */
export function toCsv<Row>(columns: readonly TableColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => cell(c.header)), ...rows.map((row) => columns.map((c) => cell(c.value(row))))];
  return `${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

export function displayCell<Row>(column: TableColumn<Row>, row: Row): string {
  if (column.format) return column.format(row);
  const value = column.value(row);
  return value === null || value === undefined ? '—' : String(value);
}
