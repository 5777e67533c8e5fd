/** A proportion with its interval; `n` is kept beside it because a rate is never shown without its sample size. */
export interface ProportionInterval {
  estimate: number;
  lower: number;
  upper: number;
  n: number;
}

/** Two-sided 95% normal quantile, Φ⁻¹(0.975), used as the default everywhere so intervals agree across screens. */
export const Z_95 = 1.959963984540054;

export function assertProportionInput(successes: number, n: number): void {
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`n must be a finite number ≥ 0, got ${n}`);
  if (!Number.isFinite(successes) || successes < 0 || successes > n) {
    throw new RangeError(`successes must lie in [0, n], got ${successes} of ${n}`);
  }
}

export function clampUnit(value: number): number {
  return Math.min(1, Math.max(0, value));
}
