import { notEnoughData, type AccuracyEstimate } from './accuracy-estimate';
import { type ClusterSums } from './cluster-sums';
import { designEffectInterval } from './design-effect-interval';
import { clampUnit } from './types';

/** Σ(eᵢ − r·uᵢ)² from the sums, with the float dust of an exact 0 (every record at the same rate) read as 0. */
export function squaredResiduals(sums: ClusterSums, r: number): number {
  const scale = sums.errorsSquared + r * r * sums.unitsSquared;
  const raw = sums.errorsSquared - 2 * r * sums.errorsTimesUnits + r * r * sums.unitsSquared;
  return raw <= 1e-12 * scale ? 0 : raw;
}

/**
 * Code accuracy with the record as the sampling unit: the ratio estimator 1 − r, r = Σeᵢ/Σuᵢ, with the
 * linearisation variance v = (1 − f)·Σ(eᵢ − r·uᵢ)²/(n(n − 1)ū²) (Cochran §6.9), turned into an interval by
 * Korn–Graubard (exact limits on the effective sample size, df = n − 1). `population` is the records in
 * the frame (N); reviewing all of them gives the observed rate. Fewer than two records: no interval.
 * With no error at all (or every record at the same rate) the within-record correlation cannot be
 * estimated, so the records, not the codes, are the effective sample: the harness showed that assuming
 * independent codes there put the bound above the truth in ~10% of heavily clustered samples.
 */
export function codeAccuracyFromSums(sums: ClusterSums, population?: number | null): AccuracyEstimate {
  const N = population ?? null;
  const { clusters: n, units, errors } = sums;
  if (n === 0 || units <= 0) return notEnoughData('korn-graubard', units, n, N, 'no codes reviewed');
  if (N !== null && !(Number.isInteger(N) && N > 0))
    return notEnoughData('korn-graubard', units, n, N, `population must be a whole number > 0, got ${N}`);
  if (N !== null && n > N)
    return notEnoughData('korn-graubard', units, n, N, `${n} records reviewed out of a population of only ${N}`);
  const r = errors / units;
  const estimate = clampUnit(1 - r);
  const base = { estimate, n: units, records: n, population: N, reason: null };
  if (N !== null && n === N) return { ...base, status: 'census', lower: estimate, upper: estimate, method: 'census' };
  if (n < 2)
    return {
      ...notEnoughData('korn-graubard', units, n, N, 'one record says nothing about the spread between records'),
      estimate,
    };
  const f = N === null ? 0 : n / N;
  const meanUnits = units / n;
  const variance = ((1 - f) * squaredResiduals(sums, r)) / (n * (n - 1) * meanUnits * meanUnits);
  const { lower, upper } = designEffectInterval({
    estimate,
    variance,
    units,
    noSpreadN: n,
    df: effectiveDf(sums),
    samplingFraction: f,
  });
  return { ...base, status: 'ok', lower, upper, method: 'korn-graubard' };
}

/**
 * Degrees of freedom of the variance: n − 1 at most, but when errors sit in only a few records the
 * variance rests on those few, so df is capped by (Σe)²/Σe², the number of records carrying errors were
 * they equally loaded (K when each of K records has the same errors). Without the cap the harness showed
 * the lower bound above the truth in 5–6% of samples at high accuracy with strong clustering.
 */
export function effectiveDf(sums: ClusterSums): number {
  const few = sums.errorsSquared > 0 ? (DF_FACTOR * sums.errors * sums.errors) / sums.errorsSquared : sums.clusters;
  return Math.max(1, Math.min(sums.clusters - 1, few));
}
/** Two degrees of freedom per equally loaded error record: 1 left misses of 6%, 3 gained nothing measurable. */
const DF_FACTOR = 2;
