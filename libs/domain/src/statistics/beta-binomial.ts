import { logGamma } from './beta';

/**
 * The beta-binomial probabilities P(X = x), x = 0..n, of a count whose rate itself varies from period to
 * period (mean p, intra-class correlation ρ; ρ = 0 is the binomial). Built by the ratio of successive terms.
 */
export function betaBinomialPmf(n: number, p: number, rho: number): number[] {
  const out = new Array<number>(n + 1).fill(0);
  if (p <= 0) {
    out[0] = 1;
    return out;
  }
  if (p >= 1) {
    out[n] = 1;
    return out;
  }
  if (rho <= 0) {
    out[0] = Math.exp(n * Math.log(1 - p));
    for (let x = 0; x < n; x++) out[x + 1] = (out[x] * (n - x) * p) / ((x + 1) * (1 - p));
    return out;
  }
  const s = (1 - rho) / rho;
  const a = p * s;
  const b = (1 - p) * s;
  out[0] = Math.exp(logGamma(b + n) + logGamma(a + b) - logGamma(b) - logGamma(a + b + n));
  for (let x = 0; x < n; x++) out[x + 1] = (out[x] * (n - x) * (a + x)) / ((x + 1) * (b + n - x - 1));
  return out;
}

/** The first count whose upper tail P(X ≥ x) is below `tail` (n + 1 if none) and the last whose lower tail is (−1 if none). */
export function probabilityLimitCounts(
  pmf: readonly number[],
  tail: number,
): { upperCount: number; lowerCount: number } {
  const n = pmf.length - 1;
  let upperCount = n + 1;
  let above = 0;
  for (let x = n; x >= 0; x--) {
    above += pmf[x];
    if (above >= tail) break;
    upperCount = x;
  }
  let lowerCount = -1;
  let below = 0;
  for (let x = 0; x <= n; x++) {
    below += pmf[x];
    if (below >= tail) break;
    lowerCount = x;
  }
  return { upperCount, lowerCount };
}
