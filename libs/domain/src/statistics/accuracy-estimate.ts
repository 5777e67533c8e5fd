/** How an accuracy figure was estimated; shown in the tooltip beside every number. */
export type AccuracyMethod =
  'clopper-pearson' | 'hypergeometric-exact' | 'korn-graubard' | 'stratified-korn-graubard' | 'census';

/**
 * `ok`: estimate and interval. `census`: every record of the population was reviewed, so the observed
 * rate is the rate (zero width). `not_enough_data`: no estimate can be given (nothing reviewed, a stratum
 * with no sample, n > N, a zero population); `reason` says which. Never NaN.
 */
export type AccuracyStatus = 'ok' | 'census' | 'not_enough_data';

export interface AccuracyEstimate {
  status: AccuracyStatus;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  /** Units reviewed (records or codes). */
  n: number;
  /** Records reviewed (the sampling unit) and records in the population when known. */
  records: number;
  population: number | null;
  method: AccuracyMethod;
  reason: string | null;
}

export function notEnoughData(
  method: AccuracyMethod,
  n: number,
  records: number,
  population: number | null,
  reason: string,
): AccuracyEstimate {
  return {
    status: 'not_enough_data',
    estimate: null,
    lower: null,
    upper: null,
    n,
    records,
    population,
    method,
    reason,
  };
}
