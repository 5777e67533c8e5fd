import type { AuditorCalibrationDto, CoderRowDto, IntervalDto } from '@recode/contracts';
import { FLAG_LABELS, type ParetoRow, type PaymentRow, type TrendRow } from './chart-data';
import type { TableColumn } from './csv';
import { formatPercent } from '../../lib/percent';

const pctText = (x: number | null): string => (x === null ? '—' : `${x.toFixed(1)}%`);
const money = (x: number): string => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(x);

/** "78.7–98.2%", or a dash when there is no interval (e.g. one record). */
export function intervalText(i: IntervalDto): string {
  return i.lower === null || i.upper === null ? '—' : `${(i.lower * 100).toFixed(1)}–${(i.upper * 100).toFixed(1)}%`;
}

export const TREND_COLUMNS: TableColumn<TrendRow>[] = [
  { header: 'Month', value: (r) => r.month, format: (r) => r.label },
  { header: 'Records', value: (r) => r.records, numeric: true },
  { header: 'Records with error', value: (r) => r.errors, numeric: true },
  {
    header: 'Record accuracy %',
    value: (r) => r.accuracy,
    format: (r) => pctText(r.accuracy),
    numeric: true,
    tip: (r) => r.tip,
  },
  { header: 'Lower control limit %', value: (r) => r.lowerLimit, format: (r) => pctText(r.lowerLimit), numeric: true },
  { header: 'Upper control limit %', value: (r) => r.upperLimit, format: (r) => pctText(r.upperLimit), numeric: true },
  { header: 'Centre line %', value: (r) => r.centre, format: (r) => pctText(r.centre), numeric: true },
  { header: 'Target %', value: (r) => r.target, format: (r) => pctText(r.target), numeric: true },
  { header: 'Signal', value: (r) => FLAG_LABELS[r.flag] },
];

export const PARETO_COLUMNS: TableColumn<ParetoRow>[] = [
  { header: 'Category', value: (r) => r.label },
  { header: 'Coder errors', value: (r) => r.errors, numeric: true },
  { header: 'Share %', value: (r) => r.sharePct, format: (r) => pctText(r.sharePct), numeric: true },
  { header: 'Cumulative %', value: (r) => r.cumulativePct, format: (r) => pctText(r.cumulativePct), numeric: true },
];

export const PAYMENT_COLUMNS: TableColumn<PaymentRow>[] = [
  { header: 'Month', value: (r) => r.month, format: (r) => r.label },
  { header: 'Overpayment $', value: (r) => r.overpayment, format: (r) => money(r.overpayment), numeric: true },
  {
    header: 'Overpayment DRG weight',
    value: (r) => r.overpaymentWeight,
    format: (r) => r.overpaymentWeight.toFixed(4),
    numeric: true,
  },
  { header: 'Underpayment $', value: (r) => r.underpayment, format: (r) => money(r.underpayment), numeric: true },
  {
    header: 'Underpayment DRG weight',
    value: (r) => r.underpaymentWeight,
    format: (r) => r.underpaymentWeight.toFixed(4),
    numeric: true,
  },
];

export const CODER_COLUMNS: TableColumn<CoderRowDto>[] = [
  { header: 'Coder id', value: (r) => r.externalId },
  { header: 'Coder', value: (r) => r.displayName },
  { header: 'Team', value: (r) => r.teamName },
  { header: 'Records', value: (r) => r.recordsReviewed, numeric: true },
  {
    header: 'Record accuracy',
    value: (r) => r.recordAccuracy.estimate,
    format: (r) => formatPercent(r.recordAccuracy.estimate),
    numeric: true,
  },
  { header: 'Record 95% low', value: (r) => r.recordAccuracy.lower, format: (r) => intervalText(r.recordAccuracy) },
  { header: 'Record 95% high', value: (r) => r.recordAccuracy.upper },
  { header: 'Codes', value: (r) => r.codesReviewed, numeric: true },
  {
    header: 'Code accuracy',
    value: (r) => r.codeAccuracy.estimate,
    format: (r) => formatPercent(r.codeAccuracy.estimate),
    numeric: true,
  },
  { header: 'Code 95% low', value: (r) => r.codeAccuracy.lower, format: (r) => intervalText(r.codeAccuracy) },
  { header: 'Code 95% high', value: (r) => r.codeAccuracy.upper },
  { header: 'Records with error', value: (r) => r.recordsWithError, numeric: true },
  { header: 'Open disputes', value: (r) => r.openDisputes, numeric: true },
  { header: 'Trend (points)', value: (r) => (r.trend ? Math.round(r.trend.delta * 1000) / 10 : null) },
  { header: 'Records needed', value: (r) => r.sampleWarning?.recordsNeeded ?? null },
];

export const AUDITOR_COLUMNS: TableColumn<AuditorCalibrationDto>[] = [
  { header: 'Auditor', value: (r) => r.name },
  { header: 'Released findings', value: (r) => r.findings, numeric: true },
  { header: 'Disputed', value: (r) => r.disputed, numeric: true },
  { header: 'Dispute rate', value: (r) => r.disputeRate, format: (r) => formatPercent(r.disputeRate), numeric: true },
  { header: 'Lost (withdrawn or overturned)', value: (r) => r.lost, numeric: true },
  {
    header: 'Overturn rate',
    value: (r) => r.overturnRate,
    format: (r) => formatPercent(r.overturnRate),
    numeric: true,
  },
];
