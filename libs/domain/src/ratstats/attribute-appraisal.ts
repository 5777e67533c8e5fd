import { byConfidence, type ByConfidence } from './confidence';
import { RatStatsInputError, requireInteger } from './errors';
import { hypergeometricLowerLimit, hypergeometricUpperLimit } from '../statistics/hypergeometric';

export interface AttributeInput {
  /** Universe size. */
  N: number;
  /** Sample size. */
  n: number;
  /** Sample items with the characteristic of interest. */
  k: number;
}

export interface QuantityLimits {
  /** Items in the universe with the characteristic, lower limit. */
  lower: number;
  upper: number;
}

export interface AttributeAppraisal {
  /** (k / n)·N, unrounded (RAT-STATS 2010 prints it with the fraction dropped: 145.5 → 145). */
  projected_quantity: number;
  /** 100·k/n. */
  projected_percent: number;
  limits: ByConfidence<{ two_sided: QuantityLimits; one_sided: QuantityLimits }>;
}

/**
 * RAT-STATS unrestricted attribute appraisal with exact hypergeometric limits. Two-sided limits put
 * (1 − c)/2 in each tail, one-sided ones (1 − c). When k = 0 or k = n RAT-STATS computes only the
 * one-sided limit on the open side ("since all sample items had the characteristic, the program has
 * calculated only the minimum number…"); the other side is then the trivial bound 0 or N − (n − k),
 * and both the two-sided and one-sided answers are that pair.
 */
export function attributeAppraisal(input: AttributeInput): AttributeAppraisal {
  const N = requireInteger('N', input.N, 1);
  const n = requireInteger('n', input.n, 1);
  if (n > N) throw new RatStatsInputError('n', `the sample (${n}) cannot be larger than the universe (${N})`);
  const k = requireInteger('k', input.k, 0);
  if (k > n) throw new RatStatsInputError('k', `cannot exceed the sample size (${n}), got ${k}`);

  const ratio = k / n;
  const allOrNone = k === 0 || k === n;
  const limitsAt = (alpha: number): QuantityLimits => ({
    lower: hypergeometricLowerLimit(N, n, k, alpha),
    upper: hypergeometricUpperLimit(N, n, k, alpha),
  });
  return {
    projected_quantity: ratio * N,
    projected_percent: 100 * ratio,
    limits: byConfidence((level) => {
      const alpha = 1 - level / 100;
      const oneSided = limitsAt(alpha);
      return { two_sided: allOrNone ? oneSided : limitsAt(alpha / 2), one_sided: oneSided };
    }),
  };
}
