import type { FeedbackMonthDto, RateWithInterval } from '@recode/contracts';

export interface TrendPoint {
  month: string;
  label: string;
  /** Percent, one decimal; null where the month has no estimate. */
  code: number | null;
  /** [lower, upper] in percent, as Recharts draws a range band. */
  codeBand: [number, number] | null;
  record: number | null;
  recordBand: [number, number] | null;
  /** Distance below and above the estimate, in points, as an error bar draws it. */
  codeError: [number, number] | null;
  recordError: [number, number] | null;
  records: number;
  codes: number;
  preliminary: boolean;
  /** Records the month's sample stands for (the coder's encounters that month), when known. */
  population: number | null;
  codeMethod: string | null;
  recordMethod: string | null;
}

const pct = (v: number | null): number | null => (v === null ? null : Math.round(v * 1000) / 10);
const band = (r: RateWithInterval): [number, number] | null => {
  const lower = pct(r.lower);
  const upper = pct(r.upper);
  return lower === null || upper === null ? null : [lower, upper];
};

const error = (estimate: number | null, b: [number, number] | null): [number, number] | null =>
  estimate === null || b === null
    ? null
    : [Math.round((estimate - b[0]) * 10) / 10, Math.round((b[1] - estimate) * 10) / 10];

/** "2026-02-01" → "Feb 2026" (a calendar month, no time zone). */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)),
  );
}

/** Months as the trend chart and its table draw them, oldest first. */
export function trendPoints(months: readonly FeedbackMonthDto[]): TrendPoint[] {
  return [...months]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((m) => {
      const code = pct(m.codeAccuracy.estimate);
      const record = pct(m.recordAccuracy.estimate);
      const codeBand = band(m.codeAccuracy);
      const recordBand = band(m.recordAccuracy);
      return {
        month: m.month,
        label: monthLabel(m.month),
        code,
        codeBand,
        record,
        recordBand,
        codeError: error(code, codeBand),
        recordError: error(record, recordBand),
        records: m.recordsReviewed,
        codes: m.codesReviewed,
        preliminary: m.preliminary,
        population: m.population ?? null,
        codeMethod: m.codeAccuracy.method ?? null,
        recordMethod: m.recordAccuracy.method ?? null,
      };
    });
}

const cell = (v: string | number | null): string =>
  v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);

/** The same numbers as CSV, for the export link. */
export function trendCsv(points: readonly TrendPoint[]): string {
  const header = [
    'month',
    'code_accuracy_pct',
    'code_lower_pct',
    'code_upper_pct',
    'record_accuracy_pct',
    'record_lower_pct',
    'record_upper_pct',
    'records',
    'codes',
    'preliminary',
  ];
  const rows = points.map((p) => [
    p.month,
    p.code,
    p.codeBand?.[0] ?? null,
    p.codeBand?.[1] ?? null,
    p.record,
    p.recordBand?.[0] ?? null,
    p.recordBand?.[1] ?? null,
    p.records,
    p.codes,
    String(p.preliminary),
  ]);
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
