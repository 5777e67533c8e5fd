import type { PaymentTotalsDto, RateWithIntervalDto } from '@recode/contracts';
import { statTooltip } from '../../lib/stat-tooltip';

const EMPTY = '—';

/** "78.7–98.2%", or a reason there is none. */
export function formatInterval(rate: RateWithIntervalDto): string {
  if (rate.lower === null || rate.upper === null)
    return rate.note ? `no interval (${rate.note.replace(/_/g, ' ')})` : EMPTY;
  return `${(rate.lower * 100).toFixed(1)}–${(rate.upper * 100).toFixed(1)}%`;
}

/** Units the rate rests on, e.g. "30 codes in 5 records". */
/** The tooltip of an audit-screen rate: its method and n (of N), preliminary while the audit is. */
export function rateTip(rate: RateWithIntervalDto, unit: string, preliminary: boolean): string {
  return statTooltip({
    method: rate.method,
    n: rate.n,
    unit,
    records: rate.clusters,
    population: rate.population,
    status: rate.status,
    reason: rate.note,
    preliminary,
  });
}

export function formatSampleSize(rate: RateWithIntervalDto, unit: string): string {
  const clusters = rate.clusters !== undefined ? ` in ${rate.clusters} record${rate.clusters === 1 ? '' : 's'}` : '';
  return `n = ${rate.n} ${unit}${clusters}`;
}

export function formatMoney(amount: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);
}

/** "$1,234.00 (0.4120 weight, 2 records)": over- and underpayment are shown apart, never netted. */
export function formatPayment(totals: PaymentTotalsDto): string {
  if (totals.count === 0) return 'None';
  return `${formatMoney(totals.amount)} (${totals.weight.toFixed(4)} weight, ${totals.count} record${totals.count === 1 ? '' : 's'})`;
}
