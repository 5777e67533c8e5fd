/** What a number's tooltip says: its method, n (of N), and whether it is preliminary or not an estimate at all. See docs/statistics.md. */
export interface StatInfo {
  method?: string | null;
  /** Units behind the number (records, codes for code accuracy, inpatient records for DRG accuracy). */
  n: number;
  unit: string;
  /** For code accuracy: the records the codes sit in (the sampling unit). */
  records?: number;
  /** Records in the population the sample stands for, when known. */
  population?: number | null;
  status?: 'ok' | 'census' | 'not_enough_data' | null;
  reason?: string | null;
  preliminary?: boolean;
}

const METHODS: Record<string, string> = {
  'clopper-pearson': 'Clopper–Pearson exact 95% interval',
  'hypergeometric-exact': 'exact hypergeometric 95% interval (finite population)',
  'korn-graubard': 'Korn–Graubard 95% interval, records as the unit (codes cluster within records)',
  'stratified-korn-graubard':
    'stratified estimate, each coder-month weighted by its population; Korn–Graubard 95% interval',
  census: 'every record of the population reviewed: the observed rate, no interval needed',
  wilson: 'Wilson 95% interval',
  'cluster-ratio': 'cluster ratio 95% interval',
};

export const PRELIMINARY_NOTE = 'preliminary: some audits are still in review or findings still open';

/** "exact hypergeometric 95% interval (finite population) · n = 3 of 8 records reviewed · preliminary: …" */
export function statTooltip(i: StatInfo): string {
  const method = i.method ? (METHODS[i.method] ?? i.method) : '95% interval';
  const of = i.population === null || i.population === undefined ? '' : ` of ${i.population}`;
  const counts =
    i.records === undefined
      ? `n = ${i.n}${of} ${i.unit} reviewed`
      : `n = ${i.n} ${i.unit} in ${i.records}${of} records reviewed`;
  const parts = [method, counts];
  if (i.status === 'not_enough_data' || i.n === 0) parts.push(`not enough data${i.reason ? `: ${i.reason}` : ''}`);
  if (i.preliminary) parts.push(PRELIMINARY_NOTE);
  return parts.join(' · ');
}
