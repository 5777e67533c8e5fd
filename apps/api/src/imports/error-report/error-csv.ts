import type { ImportErrorDto } from '@recode/contracts';

export const ERROR_CSV_HEADER = 'row,encounter,field,value,code,severity,message\r\n';

/**
 * One error as an RFC 4180 CSV line. Values come from uploaded files, so a leading = + - @ (or tab /
 * carriage return) is prefixed with ' to keep spreadsheets from running them as formulas.
 */
export function errorCsvLine(error: ImportErrorDto): string {
  return `${[String(error.row), error.encounter ?? '', error.field, error.value, error.code, error.severity, error.message].map(csvCell).join(',')}\r\n`;
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
