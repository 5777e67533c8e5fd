import { wilsonInterval } from './wilson';

describe('wilsonInterval', () => {
  it('28 of 30 is 93% with a 95% interval of 78.7–98.2% (DOMAIN.md)', () => {
    // p̂ = 28/30 = 0.933333, z² = 3.841459, z²/n = 0.128049
    // centre = (p̂ + z²/2n) / (1 + z²/n) = (0.933333 + 0.064024) / 1.128049 = 0.884144
    // half   = z/(1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²) = 1.737482 · √(0.002074 + 0.001067) = 1.737482 · 0.056046 = 0.097379
    // → 0.884144 ∓ 0.097379 = 0.786765 … 0.981523
    const interval = wilsonInterval(28, 30);
    expect(interval).not.toBeNull();
    expect(interval?.estimate).toBeCloseTo(0.933333, 6);
    expect(interval?.lower).toBeCloseTo(0.786765, 6);
    expect(interval?.upper).toBeCloseTo(0.981523, 6);
    expect(interval?.n).toBe(30);
  });

  it('0 of 10 runs from exactly 0 to z²/(n + z²) = 3.841459/13.841459 = 0.277533', () => {
    const interval = wilsonInterval(0, 10);
    expect(interval?.lower).toBe(0);
    expect(interval?.upper).toBeCloseTo(0.277533, 6);
  });

  it('10 of 10 runs from n/(n + z²) = 10/13.841459 = 0.722467 to exactly 1', () => {
    const interval = wilsonInterval(10, 10);
    expect(interval?.lower).toBeCloseTo(0.722467, 6);
    expect(interval?.upper).toBe(1);
  });

  it('has no rate to show when nothing was reviewed', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('accepts fractional successes, e.g. codes reviewed minus weighted errors', () => {
    const interval = wilsonInterval(27.5, 30);
    expect(interval?.estimate).toBeCloseTo(0.916667, 6);
    expect(interval!.lower).toBeLessThan(interval!.estimate);
  });

  it('narrows with z: a 90% interval sits inside the 95% one', () => {
    const wide = wilsonInterval(28, 30)!;
    const narrow = wilsonInterval(28, 30, 1.644854)!;
    expect(narrow.lower).toBeGreaterThan(wide.lower);
    expect(narrow.upper).toBeLessThan(wide.upper);
  });

  it.each([
    [-1, 10],
    [11, 10],
    [1, -1],
    [Number.NaN, 10],
  ])('rejects %p of %p', (successes, n) => {
    expect(() => wilsonInterval(successes, n)).toThrow(RangeError);
  });
});
