import { inverseRegularizedIncompleteBeta } from './beta';
import { assertProportionInput, type ProportionInterval } from './types';

/**
 * Exact (Clopper–Pearson) interval: the bounds are the p at which observing `successes` or more
 * (lower) or `successes` or fewer (upper) has probability α/2, found through the beta–binomial
 * identity P(X ≥ x | p) = I_p(x, n − x + 1). Conservative (coverage ≥ the nominal level), which is
 * what attribute appraisal of a government-style sample expects. Returns null when n = 0.
 */
export function clopperPearsonInterval(successes: number, n: number, confidence = 0.95): ProportionInterval | null {
  assertProportionInput(successes, n);
  if (!Number.isInteger(successes) || !Number.isInteger(n)) {
    throw new RangeError(`exact limits need whole counts, got ${successes} of ${n}`);
  }
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must lie in (0, 1), got ${confidence}`);
  if (n === 0) return null;
  const tail = (1 - confidence) / 2;
  const lower = successes === 0 ? 0 : inverseRegularizedIncompleteBeta(tail, successes, n - successes + 1);
  const upper = successes === n ? 1 : inverseRegularizedIncompleteBeta(1 - tail, successes + 1, n - successes);
  return { estimate: successes / n, lower, upper, n };
}
