import { CATEGORY_LABELS } from '@recode/domain';
import type { DashboardDto, FindingCategory, ParetoBarDto, TrendPointDto } from '@recode/contracts';
import { PRELIMINARY_NOTE } from '../../lib/stat-tooltip';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-01" → "Jan 2026". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

const pct = (x: number | null): number | null => (x === null ? null : Math.round(x * 10000) / 100);

export interface TrendRow {
  month: string;
  label: string;
  records: number;
  errors: number;
  /** Percentages (0–100) for drawing; null draws a gap. */
  accuracy: number | null;
  lowerLimit: number | null;
  upperLimit: number | null;
  centre: number | null;
  target: number;
  flag: TrendPointDto['flag'];
  /** The month's tooltip: what the figure is, its n, and how its control limits were made. */
  tip: string;
}

/** One row per month, in percent, with the period's centre line and the target beside each point. */
export function trendRows(trend: DashboardDto['trend'], target: number): TrendRow[] {
  return trend.points.map((p) => ({
    month: p.month,
    label: monthLabel(p.month),
    records: p.recordsReviewed,
    errors: p.recordsWithError,
    accuracy: pct(p.accuracy),
    lowerLimit: pct(p.lowerLimit),
    upperLimit: pct(p.upperLimit),
    centre: pct(trend.centreAccuracy),
    target: pct(target) ?? 0,
    flag: p.flag,
    tip: trendTip(p, trend.chart?.method ?? null),
  }));
}

const LIMIT_METHODS: Record<string, string> = {
  'binomial-probability': 'control limits: exact binomial probability limits',
  'beta-binomial-probability': 'control limits: beta-binomial probability limits (the months vary more than chance)',
};

/** "observed record accuracy · n = 12 records reviewed this month · control limits: … · preliminary: …" */
function trendTip(p: TrendPointDto, method: string | null): string {
  if (p.recordsReviewed === 0) return 'no records reviewed this month: not enough data';
  const parts = [
    `observed record accuracy (records without a coder error) · n = ${p.recordsReviewed} records reviewed this month`,
  ];
  if (method) parts.push(LIMIT_METHODS[method] ?? method);
  if (p.preliminary) parts.push(PRELIMINARY_NOTE);
  return parts.join(' · ');
}

export const FLAG_LABELS: Record<TrendPointDto['flag'], string> = {
  in_control: 'within limits',
  above_ucl: 'worse than noise explains',
  below_lcl: 'better than noise explains',
  no_data: 'no records',
};

/** The lowest percent worth showing on the accuracy axis: a little under the lowest point, limit or target. */
export function trendAxisFloor(rows: readonly TrendRow[]): number {
  const values = rows.flatMap((r) => [r.accuracy, r.lowerLimit, r.target]).filter((v): v is number => v !== null);
  if (values.length === 0) return 0;
  return Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10);
}

export interface ParetoRow {
  category: FindingCategory;
  label: string;
  errors: number;
  sharePct: number;
  cumulativePct: number;
}

export function paretoRows(pareto: readonly ParetoBarDto[]): ParetoRow[] {
  return pareto.map((b) => ({
    category: b.category,
    label: CATEGORY_LABELS[b.category] ?? b.category,
    errors: b.errors,
    sharePct: pct(b.share) ?? 0,
    cumulativePct: pct(b.cumulativeShare) ?? 0,
  }));
}

export interface PaymentRow {
  month: string;
  label: string;
  overpayment: number;
  underpayment: number;
  overpaymentWeight: number;
  underpaymentWeight: number;
}

/** Months with any money moved; both sides stay separate bars. */
export function paymentRows(payment: DashboardDto['payment']): PaymentRow[] {
  return payment.months
    .filter(
      (m) =>
        m.overpayment.amount > 0 || m.underpayment.amount > 0 || m.overpayment.weight > 0 || m.underpayment.weight > 0,
    )
    .map((m) => ({
      month: m.month,
      label: monthLabel(m.month),
      overpayment: m.overpayment.amount,
      underpayment: m.underpayment.amount,
      overpaymentWeight: m.overpayment.weight,
      underpaymentWeight: m.underpayment.weight,
    }));
}
