import { regularizedIncompleteBeta } from '../statistics/beta';

/** P(T ≤ t) for Student's t with `df` degrees of freedom, through the incomplete beta function. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * The t with P(T ≤ t) = p, for p in (0.5, 1): bisection on the exact CDF to the last bit, so the value
 * agrees with RAT-STATS's printed t-values (12 decimals) instead of an approximation formula.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0.5 && p < 1)) throw new RangeError(`p must lie in (0.5, 1), got ${p}`);
  if (!(df >= 1)) throw new RangeError(`degrees of freedom must be at least 1, got ${df}`);
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Two-sided normal quantiles RAT-STATS uses for stratified appraisals: Φ⁻¹(0.90), Φ⁻¹(0.95), Φ⁻¹(0.975). */
export const Z_TWO_SIDED = { 80: 1.2815515655446004, 90: 1.6448536269514722, 95: 1.959963984540054 } as const;
