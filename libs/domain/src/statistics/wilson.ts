import { assertProportionInput, clampUnit, type ProportionInterval, Z_95 } from './types';

/**
 * Wilson score interval for a proportion. Chosen over the textbook (Wald) interval because it stays
 * inside [0, 1] and keeps its coverage at the small n and extreme rates (0/n, n/n) audits produce.
 * `successes` may be fractional (e.g. codes reviewed − weighted errors). Returns null when n = 0:
 * there is no rate to show, and a caller must not render 0% or 100% for it.
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): ProportionInterval | null {
  assertProportionInput(successes, n);
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0/n and n/n the bound is exactly 0 or 1 in theory; pin it there rather than show floating-point dust.
  const lower = successes === 0 ? 0 : clampUnit(centre - halfWidth);
  const upper = successes === n ? 1 : clampUnit(centre + halfWidth);
  return { estimate: p, lower, upper, n };
}
