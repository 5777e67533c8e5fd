import { type ConfidenceLevel } from './confidence';
import { RatStatsInputError, requireFinite, requireInteger, requireValues } from './errors';
import { studentTQuantile } from '../statistics/student-t';
import { summarize } from './variable-appraisal';

export interface VariableSampleSizeInput {
  /** Universe size. */
  N: number;
  /** Probe sample values (at least 2), giving the mean and standard deviation to plan with. */
  probe: number[];
  confidence: ConfidenceLevel;
  /** Wanted two-sided precision as a percent of the point estimate (e.g. 10 for ±10%). */
  precision_percent: number;
}

export interface VariableSampleSize {
  n: number;
  /** The precision percent the probe's mean and standard deviation predict at that n. */
  expected_precision_percent: number;
}

/**
 * Smallest n with t_{n−1}·N·s·√((1 − n/N)/n) ≤ (precision %)·N·x̄ — RAT-STATS's "unrestricted using a probe
 * sample" criterion, solved exactly by bisection (the left side falls as n grows) instead of iterating a
 * normal-approximation formula.
 */
export function variableSampleSize(input: VariableSampleSizeInput): VariableSampleSize {
  const N = requireInteger('N', input.N, 2);
  const probe = requireValues('probe', input.probe);
  if (probe.length < 2) throw new RatStatsInputError('probe', `needs at least 2 values, got ${probe.length}`);
  if (![80, 90, 95].includes(input.confidence)) throw new RatStatsInputError('confidence', 'must be 80, 90 or 95');
  const target = requireFinite('precision_percent', input.precision_percent);
  if (!(target > 0)) throw new RatStatsInputError('precision_percent', `must be greater than 0, got ${target}`);
  const { sum, stdDev, n: probeSize } = summarize(N, probe);
  const mean = sum / probeSize;
  if (!(mean > 0))
    throw new RatStatsInputError('probe', 'the probe mean must be positive to plan a precision as a percent of it');

  const p = 1 - (1 - input.confidence / 100) / 2;
  const percentAt = (n: number) => (100 * studentTQuantile(p, n - 1) * stdDev * Math.sqrt((1 - n / N) / n)) / mean;
  let lo = 2;
  let hi = N;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (percentAt(mid) <= target) hi = mid;
    else lo = mid + 1;
  }
  return { n: lo, expected_precision_percent: percentAt(lo) };
}
