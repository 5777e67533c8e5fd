import { regularizedIncompleteBeta } from './beta';

/** One plotted period (e.g. a month): errors found among n units reviewed. */
export interface PChartPoint {
  label: string;
  defects: number;
  n: number;
}

/** P(X ≥ x) or P(X ≤ x) for X ~ Binomial(n, p), through the beta identity P(X ≥ x) = I_p(x, n − x + 1). */
export function binomialTail(x: number, n: number, p: number, side: 'atLeast' | 'atMost'): number {
  if (side === 'atLeast') {
    if (x <= 0) return 1;
    if (x > n) return 0;
    return p <= 0 ? 0 : p >= 1 ? 1 : regularizedIncompleteBeta(p, x, n - x + 1);
  }
  if (x >= n) return 1;
  if (x < 0) return 0;
  return 1 - binomialTail(x + 1, n, p, 'atLeast');
}
