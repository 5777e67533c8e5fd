import { attributeAppraisal } from './attribute-appraisal';
import { type RatStatsInputError } from './errors';

// Published outputs: "Example Comparison Guide Between RAT-STATS 2017 and RAT-STATS 2010" (April 20,
// 2017), github.com/cbtek/RStats2017, submission/rstats_help/rstats_example_comparisons.pdf: screenshots
// of RAT-STATS 2010 "Single Stage Attribute Appraisal" beside the 2017 rewrite.
describe('attributeAppraisal against published RAT-STATS output', () => {
  it('Test00: N=5, n=2, k=2 (k = n: one-sided lower limits only) → 3 / 2 / 2', () => {
    const out = attributeAppraisal({ N: 5, n: 2, k: 2 });
    expect(out.projected_quantity).toBe(5);
    expect(out.projected_percent).toBe(100);
    expect([out.limits[80].two_sided.lower, out.limits[90].two_sided.lower, out.limits[95].two_sided.lower]).toEqual([
      3, 2, 2,
    ]);
    expect(out.limits[80].two_sided.upper).toBe(5);
  });

  it('Test01: N=150, n=100, k=97 → lower 143 / 142 / 141 (RAT-STATS 2010), upper 147 each (rewrite)', () => {
    const out = attributeAppraisal({ N: 150, n: 100, k: 97 });
    expect(out.projected_percent).toBeCloseTo(97, 12);
    // 145.5 exactly; RAT-STATS 2010 printed 145 (it drops the fraction), the 2017 rewrite 146.
    expect(out.projected_quantity).toBe(145.5);
    expect(Math.trunc(out.projected_quantity)).toBe(145);
    expect([80, 90, 95].map((c) => out.limits[c as 80].two_sided.lower)).toEqual([143, 142, 141]);
    expect([80, 90, 95].map((c) => out.limits[c as 80].two_sided.upper)).toEqual([147, 147, 147]);
  });

  it('Test02: N=2,131,341,220, n=20,000, k=20 → lower 1,548,090 / 1,412,716 / 1,302,103', () => {
    const out = attributeAppraisal({ N: 2131341220, n: 20000, k: 20 });
    expect(Math.round(out.projected_quantity)).toBe(2131341);
    expect([80, 90, 95].map((c) => out.limits[c as 80].two_sided.lower)).toEqual([1548090, 1412716, 1302103]);
    // Upper limits as the 2017 rewrite printed them (RAT-STATS 2010's window shows only the lower ones).
    expect([80, 90, 95].map((c) => out.limits[c as 80].two_sided.upper)).toEqual([2881605, 3096347, 3290782]);
  });
});

describe('attributeAppraisal hand-worked and edge cases', () => {
  // N=10, n=5, k=1. P(X ≥ 1 | K=1) = 5/10 = 0.5 ≥ 0.05, so every lower limit is 1 (at least the one seen).
  // Upper, one-sided 90%: P(X ≤ 1 | K) = [C(10−K,5) + K·C(10−K,4)] / 252: K=4 → (6 + 4·15)/252 = 0.262,
  // K=5 → (1 + 5·5)/252 = 0.103, K=6 → (0 + 6·1)/252 = 0.024; largest K with P ≥ 0.10 is 5.
  it('N=10, n=5, k=1 by hand: one-sided 90% upper limit 5, lower limits 1', () => {
    const out = attributeAppraisal({ N: 10, n: 5, k: 1 });
    expect(out.limits[90].one_sided).toEqual({ lower: 1, upper: 5 });
    expect(out.limits[80].two_sided.upper).toBe(5); // α/2 = 0.10, same tail as above
    expect(out.limits[95].two_sided.upper).toBe(6 - 1); // 0.103 ≥ 0.025 but K=6 gives 0.024 < 0.025
  });

  it('k = 0: lower limits are 0 and the upper limit is one-sided', () => {
    const out = attributeAppraisal({ N: 1000, n: 100, k: 0 });
    expect(out.projected_quantity).toBe(0);
    for (const c of [80, 90, 95] as const) {
      expect(out.limits[c].two_sided).toEqual(out.limits[c].one_sided);
      expect(out.limits[c].two_sided.lower).toBe(0);
    }
    expect(out.limits[80].one_sided.upper).toBeLessThan(out.limits[95].one_sided.upper);
  });

  it('n = N: the limits collapse onto the count', () => {
    const out = attributeAppraisal({ N: 40, n: 40, k: 7 });
    expect(out.limits[95].two_sided).toEqual({ lower: 7, upper: 7 });
    expect(out.projected_quantity).toBe(7);
  });

  it('limits widen with confidence and stay inside k..N − (n − k)', () => {
    const out = attributeAppraisal({ N: 5000, n: 120, k: 13 });
    const l = (c: 80 | 90 | 95) => out.limits[c].two_sided;
    expect(l(80).lower).toBeGreaterThanOrEqual(l(90).lower);
    expect(l(90).lower).toBeGreaterThanOrEqual(l(95).lower);
    expect(l(95).lower).toBeGreaterThanOrEqual(13);
    expect(l(95).upper).toBeLessThanOrEqual(5000 - 107);
    expect(l(80).upper).toBeLessThanOrEqual(l(95).upper);
  });

  it.each([
    [{ N: 0, n: 1, k: 0 }, 'N'],
    [{ N: -5, n: 1, k: 0 }, 'N'],
    [{ N: 10, n: 11, k: 0 }, 'n'],
    [{ N: 10, n: 5, k: 6 }, 'k'],
    [{ N: 10, n: 5, k: 'x' as unknown as number }, 'k'],
  ])('bad input %j names %s', (input, field) => {
    expect(() => attributeAppraisal(input)).toThrow(expect.objectContaining({ field }) as RatStatsInputError);
  });
});
