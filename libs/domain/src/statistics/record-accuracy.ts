import { notEnoughData, type AccuracyEstimate } from './accuracy-estimate';
import { clopperPearsonInterval } from './clopper-pearson';
import { hypergeometricLimits } from './hypergeometric';

/**
 * Record accuracy (right records of n reviewed), chosen by the coverage harness: Clopper–Pearson when the
 * population is unknown (coverage ≥ 95% in every cell, where Wilson fell to 91% at small n); exact
 * hypergeometric limits when the sample came from a known population of N records; the observed rate
 * itself when every record was reviewed (n = N). Bad input gives `not_enough_data`, never NaN or a throw.
 */
export function recordAccuracyInterval(right: number, n: number, population?: number | null): AccuracyEstimate {
  const N = population ?? null;
  const valid = Number.isInteger(right) && Number.isInteger(n) && right >= 0 && right <= n;
  if (!valid)
    return notEnoughData(
      'clopper-pearson',
      n,
      n,
      N,
      `counts must be whole with 0 ≤ right ≤ reviewed, got ${right} of ${n}`,
    );
  if (n === 0) return notEnoughData('clopper-pearson', 0, 0, N, 'no records reviewed');
  const estimate = right / n;
  if (N === null) {
    const cp = clopperPearsonInterval(right, n)!;
    return {
      status: 'ok',
      estimate,
      lower: cp.lower,
      upper: cp.upper,
      n,
      records: n,
      population: null,
      method: 'clopper-pearson',
      reason: null,
    };
  }
  if (!Number.isInteger(N) || N <= 0)
    return notEnoughData('hypergeometric-exact', n, n, N, `population must be a whole number > 0, got ${N}`);
  if (n > N)
    return notEnoughData('hypergeometric-exact', n, n, N, `${n} records reviewed out of a population of only ${N}`);
  if (n === N)
    return {
      status: 'census',
      estimate,
      lower: estimate,
      upper: estimate,
      n,
      records: n,
      population: N,
      method: 'census',
      reason: null,
    };
  const { lower, upper } = hypergeometricLimits(right, n, N);
  return {
    status: 'ok',
    estimate,
    lower,
    upper,
    n,
    records: n,
    population: N,
    method: 'hypergeometric-exact',
    reason: null,
  };
}
