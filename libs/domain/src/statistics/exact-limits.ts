import { inverseRegularizedIncompleteBeta } from './beta';

/**
 * Clopper–Pearson limits for `x` successes in `n` trials where x and n may be fractional (an effective
 * sample size): lower = B⁻¹(α/2; x, n − x + 1), upper = B⁻¹(1 − α/2; x + 1, n − x), with the limits
 * pinned to 0 and 1 at x = 0 and x = n. Used by the design-effect (Korn–Graubard) intervals.
 */
export function exactBetaLimits(x: number, n: number, confidence = 0.95): { lower: number; upper: number } {
  if (!(n > 0) || !(x >= 0) || x > n) throw new RangeError(`need 0 ≤ x ≤ n and n > 0, got ${x} of ${n}`);
  const tail = (1 - confidence) / 2;
  // Within float dust of the edge the beta parameter n − x would be ~0; treat it as the edge itself.
  const edge = 1e-9 * n;
  const lower = x <= edge ? 0 : inverseRegularizedIncompleteBeta(tail, x, n - x + 1);
  const upper = n - x <= edge ? 1 : inverseRegularizedIncompleteBeta(1 - tail, x + 1, n - x);
  return { lower, upper };
}
