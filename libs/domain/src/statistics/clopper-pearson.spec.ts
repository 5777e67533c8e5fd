import { logGamma, regularizedIncompleteBeta } from './beta';
import { clopperPearsonInterval } from './clopper-pearson';

/** Independent check: P(X ≥ x) or P(X ≤ x) for X ~ Binomial(n, p), summed term by term. */
function binomialTail(x: number, n: number, p: number, side: 'atLeast' | 'atMost'): number {
  let total = 0;
  for (let k = 0; k <= n; k++) {
    if ((side === 'atLeast' && k < x) || (side === 'atMost' && k > x)) continue;
    const logChoose = logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
    total += Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log(1 - p));
  }
  return total;
}

describe('clopperPearsonInterval', () => {
  it('0 of 10: upper = 1 − 0.025^(1/10) = 0.3085 in closed form', () => {
    const interval = clopperPearsonInterval(0, 10)!;
    expect(interval.lower).toBe(0);
    expect(interval.upper).toBeCloseTo(1 - 0.025 ** 0.1, 10);
    expect(interval.upper).toBeCloseTo(0.3085, 4);
  });

  it('10 of 10: lower = 0.025^(1/10) = 0.6915, upper exactly 1', () => {
    const interval = clopperPearsonInterval(10, 10)!;
    expect(interval.lower).toBeCloseTo(0.025 ** 0.1, 10);
    expect(interval.upper).toBe(1);
  });

  it('28 of 30 is 0.7793–0.9918, wider than Wilson (78.7–98.2%) because it is exact and conservative', () => {
    const interval = clopperPearsonInterval(28, 30)!;
    expect(interval.lower).toBeCloseTo(0.779265, 6);
    expect(interval.upper).toBeCloseTo(0.991822, 6);
  });

  it.each([
    // Widely tabulated exact 95% limits, re-derived with mpmath at 30 digits before asserting
    [1, 10, 0.0025, 0.445],
    [5, 10, 0.1871, 0.8129],
    [95, 100, 0.8872, 0.9836],
  ])('%p of %p → %p–%p', (x, n, lower, upper) => {
    const interval = clopperPearsonInterval(x, n)!;
    expect(interval.lower).toBeCloseTo(lower, 4);
    expect(interval.upper).toBeCloseTo(upper, 4);
  });

  it.each([
    [28, 30],
    [3, 50],
    [190, 200],
  ])('%p of %p: each bound leaves exactly 2.5% in its binomial tail', (x, n) => {
    const interval = clopperPearsonInterval(x, n)!;
    expect(binomialTail(x, n, interval.lower, 'atLeast')).toBeCloseTo(0.025, 9);
    expect(binomialTail(x, n, interval.upper, 'atMost')).toBeCloseTo(0.025, 9);
  });

  it('honours another confidence level', () => {
    const ninety = clopperPearsonInterval(28, 30, 0.9)!;
    expect(binomialTail(28, 30, ninety.lower, 'atLeast')).toBeCloseTo(0.05, 9);
  });

  it('returns null for n = 0 and rejects fractional counts', () => {
    expect(clopperPearsonInterval(0, 0)).toBeNull();
    expect(() => clopperPearsonInterval(2.5, 10)).toThrow(RangeError);
  });
});

describe('regularizedIncompleteBeta', () => {
  it('matches closed forms: I_x(1, 1) = x, I_x(a, 1) = xᵃ, I_x(1, b) = 1 − (1 − x)ᵇ', () => {
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(regularizedIncompleteBeta(0.7, 4, 1)).toBeCloseTo(0.7 ** 4, 12);
    expect(regularizedIncompleteBeta(0.2, 1, 5)).toBeCloseTo(1 - 0.8 ** 5, 12);
  });

  it('is symmetric: I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    expect(regularizedIncompleteBeta(0.35, 7, 3)).toBeCloseTo(1 - regularizedIncompleteBeta(0.65, 3, 7), 12);
  });

  it('gives Γ(5) = 24 through logGamma', () => {
    expect(Math.exp(logGamma(5))).toBeCloseTo(24, 10);
  });
});
