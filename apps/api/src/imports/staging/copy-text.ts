/**
 * PostgreSQL COPY text format: tab-separated, \N for NULL, backslash escapes for tab, newline,
 * carriage return and backslash. Arrays are written as array literals with every element quoted.
 */
export type CopyValue = string | number | boolean | null | readonly string[];

export function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeText(value);
  return escapeText(arrayLiteral(value));
}

export function copyLine(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i += 1) {
    if (i > 0) line += '\t';
    line += copyField(values[i] as CopyValue);
  }
  return `${line}\n`;
}

export function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

function escapeText(text: string): string {
  // The fast path: almost every value has nothing to escape.
  if (!/[\t\n\r\\]/.test(text)) return text;
  return text.replace(/[\t\n\r\\]/g, (ch) =>
    ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : '\\\\',
  );
}
