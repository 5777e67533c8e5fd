import { logGamma } from './beta';

const logChoose = (a: number, b: number): number => logGamma(a + 1) - logGamma(b + 1) - logGamma(a - b + 1);

/** P(X ≥ k) (side 'atLeast') or P(X ≤ k) for X the successes in n draws without replacement from N holding M successes. */
export function hypergeometricTail(k: number, n: number, N: number, M: number, side: 'atLeast' | 'atMost'): number {
  const lo = Math.max(0, n - (N - M));
  const hi = Math.min(n, M);
  const from = side === 'atLeast' ? Math.max(k, lo) : lo;
  const to = side === 'atLeast' ? hi : Math.min(k, hi);
  const denominator = logChoose(N, n);
  let total = 0;
  for (let x = from; x <= to; x++) total += Math.exp(logChoose(M, x) + logChoose(N - M, n - x) - denominator);
  return Math.min(1, total);
}

/**
 * Exact limits on the successes M in a finite population of N, having seen k in a sample of n drawn
 * without replacement (the finite-population analogue of Clopper–Pearson, e.g. Wright 1991; Buonaccorsi
 * 1987): M_L is the smallest M with P(X ≥ k | M) > α/2, M_U the largest with P(X ≤ k | M) > α/2. Both
 * tails are monotone in M, so each limit is a binary search. With n = N they collapse onto k.
 */
export function hypergeometricLimits(k: number, n: number, N: number, confidence = 0.95): { lower: number; upper: number } {
  const tail = (1 - confidence) / 2;
  // Smallest M in [k, N − (n − k)] whose upper tail exceeds α/2.
  let lo = k;
  let hi = N - (n - k);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (hypergeometricTail(k, n, N, mid, 'atLeast') > tail) hi = mid;
    else lo = mid + 1;
  }
  const lower = lo;
  lo = k;
  hi = N - (n - k);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (hypergeometricTail(k, n, N, mid, 'atMost') > tail) lo = mid;
    else hi = mid - 1;
  }
  return { lower: lower / N, upper: lo / N };
}
