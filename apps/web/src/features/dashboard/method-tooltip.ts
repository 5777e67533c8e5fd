import type { IntervalDto } from '@recode/contracts';

const METHODS: Record<string, string> = {
  'clopper-pearson': 'Clopper–Pearson exact 95% interval',
  'hypergeometric-exact': 'exact hypergeometric 95% interval (finite population)',
  'korn-graubard': 'Korn–Graubard 95% interval, records as the unit (codes cluster within records)',
  'stratified-korn-graubard': 'stratified estimate, each coder-month weighted by its population; Korn–Graubard 95% interval',
  census: 'every record of the population reviewed: the observed rate, no interval needed',
  wilson: 'Wilson 95% interval',
  'cluster-ratio': 'cluster ratio 95% interval',
};

/** Tooltip for a number: its method and n (of N), preliminary when so, and why no interval when none. See docs/statistics.md. */
export function methodTooltip(i: IntervalDto, unit: string, records?: number): string {
  const method = i.method ? (METHODS[i.method] ?? i.method) : '95% interval';
  const reviewed = records ?? i.n;
  const of = i.population === null || i.population === undefined ? '' : ` of ${i.population}`;
  const counts = records === undefined ? `n = ${i.n} ${unit}${of} reviewed` : `n = ${i.n} ${unit} in ${reviewed} records${of} reviewed`;
  const parts = [method, counts];
  if (i.status === 'not_enough_data') parts.push(`not enough data${i.reason ? `: ${i.reason}` : ''}`);
  if (i.preliminary) parts.push('preliminary: some audits are still in review or findings still open');
  return parts.join(' · ');
}

/** "(of N)" for the label under a number, or nothing when the population is not known. */
export function ofPopulation(i: IntervalDto): string {
  return i.population === null || i.population === undefined ? '' : ` of ${i.population}`;
}
