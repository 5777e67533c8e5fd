import { byConfidence, type ByConfidence, type ConfidenceLevel } from './confidence';
import { RatStatsInputError, requireInteger, requireValues } from './errors';
import { studentTQuantile } from '../statistics/student-t';

export interface VariableInput {
  /** Universe size. */
  N: number;
  /** One value per sample item: examined, audited or difference amounts. */
  values: number[];
}

export interface PrecisionLimits {
  /** Student t (unrestricted) or z (stratified overall); null only for a one-item census stratum. */
  t_value: number | null;
  /** Precision amount: t·SE(total). */
  precision: number;
  lower: number;
  upper: number;
  /** 100·precision / point estimate; 0 when the point estimate is zero or negative, as RAT-STATS prints it. */
  precision_percent: number;
}

export interface VariableAppraisal {
  mean: number;
  /** Sample standard deviation (n − 1 divisor); null for the stratified overall, which has none. */
  std_dev: number | null;
  se_mean: number;
  se_total: number;
  point_estimate: number;
  /** Two-sided limits. */
  limits: ByConfidence<PrecisionLimits>;
  /**
   * The lower limit of the one-sided 90% confidence interval (point estimate − t₀.₉₀·SE), the figure
   * CMS contractors demand as the extrapolated overpayment. Equal to the two-sided 80% lower limit.
   */
  one_sided_90_lower_limit: number;
}

/** Summary statistics of one sample: what the appraisal formulas need. */
export interface SampleSummary {
  N: number;
  n: number;
  sum: number;
  /** Sample standard deviation, n − 1 divisor. */
  stdDev: number;
}

export function summarize(N: number, values: readonly number[]): SampleSummary {
  const n = values.length;
  const sum = values.reduce((s, v) => s + v, 0);
  const mean = sum / n;
  const squares = values.reduce((s, v) => s + (v - mean) ** 2, 0);
  return { N, n, sum, stdDev: n > 1 ? Math.sqrt(squares / (n - 1)) : 0 };
}

/**
 * Mean-per-unit estimate of a universe total from a simple random sample, as RAT-STATS computes it:
 * SE(mean) = s/√n · √(1 − n/N), SE(total) = N·SE(mean), point estimate N·x̄, limits point estimate ±
 * t·SE(total) with t from Student's t on n − 1 degrees of freedom (two-sided).
 */
export function appraiseSummary(
  summary: SampleSummary,
  quantile: (level: ConfidenceLevel) => number | null,
): VariableAppraisal {
  const { N, n, sum, stdDev } = summary;
  const mean = sum / n;
  const seMean = (stdDev / Math.sqrt(n)) * Math.sqrt(1 - n / N);
  const seTotal = N * seMean;
  const pointEstimate = N * mean;
  return finish(mean, stdDev, seMean, seTotal, pointEstimate, quantile, n > 1 ? studentTQuantile(0.9, n - 1) : null);
}

export function finish(
  mean: number,
  stdDev: number | null,
  seMean: number,
  seTotal: number,
  pointEstimate: number,
  quantile: (level: ConfidenceLevel) => number | null,
  oneSided90: number | null,
): VariableAppraisal {
  const limits = byConfidence((level): PrecisionLimits => {
    const t = quantile(level);
    // Without a t (one-item census stratum) the standard error is 0, so the precision is 0 too.
    const precision = t === null ? 0 : t * seTotal;
    return {
      t_value: t,
      precision,
      lower: pointEstimate - precision,
      upper: pointEstimate + precision,
      precision_percent: pointEstimate > 0 ? (100 * precision) / pointEstimate : 0,
    };
  });
  const oneSidedPrecision = oneSided90 === null ? 0 : oneSided90 * seTotal;
  return {
    mean,
    std_dev: stdDev,
    se_mean: seMean,
    se_total: seTotal,
    point_estimate: pointEstimate,
    limits,
    one_sided_90_lower_limit: pointEstimate - oneSidedPrecision,
  };
}

export function tQuantiles(n: number): (level: ConfidenceLevel) => number | null {
  return (level) => (n > 1 ? studentTQuantile(1 - (1 - level / 100) / 2, n - 1) : null);
}

/** RAT-STATS unrestricted variable appraisal (t-based). Needs at least two sampled values. */
export function variableAppraisal(input: VariableInput, field = ''): VariableAppraisal {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const N = requireInteger(at('N'), input.N, 1);
  const values = requireValues(at('values'), input.values);
  if (values.length < 2) {
    throw new RatStatsInputError(
      at('values'),
      `needs at least 2 sampled values to estimate a standard error, got ${values.length}`,
    );
  }
  if (values.length > N)
    throw new RatStatsInputError(at('values'), `has ${values.length} values but the universe N is only ${N}`);
  return appraiseSummary(summarize(N, values), tQuantiles(values.length));
}
