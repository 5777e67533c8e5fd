export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type IsoDateParse =
  { readonly ok: true; readonly date: CalendarDate } | { readonly ok: false; readonly reason: string };

/** Thrown where a caller passes a date it should have validated (a programming error, not user input). */
export class InvalidIsoDateError extends Error {
  readonly code = 'INVALID_ISO_DATE';

  constructor(
    readonly value: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'InvalidIsoDateError';
  }
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Strict 'YYYY-MM-DD' on the proleptic Gregorian calendar: no time part, no rollover (2025-02-30 is rejected, not March 2). */
export function parseIsoDate(text: string): IsoDateParse {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return { ok: false, reason: `"${text}" is not a date in the form YYYY-MM-DD` };
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1) return { ok: false, reason: `"${text}" has year 0000` };
  if (month < 1 || month > 12) return { ok: false, reason: `"${text}" has no month ${month}` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days)
    return { ok: false, reason: `"${text}" does not exist: ${year}-${match[2]} has ${days} days` };
  return { ok: true, date: { year, month, day } };
}

export function isValidIsoDate(text: string): boolean {
  return parseIsoDate(text).ok;
}

export function requireIsoDate(text: string): CalendarDate {
  const parsed = parseIsoDate(text);
  if (!parsed.ok) throw new InvalidIsoDateError(text, parsed.reason);
  return parsed.date;
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
