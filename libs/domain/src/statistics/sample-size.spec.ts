import { isTooSmallToTell, sampleSizeToDistinguish } from './sample-size';

describe('sampleSizeToDistinguish', () => {
  it('p₀ = 0.95, p₁ = 0.85, one-sided α = 0.05, power 0.8 → 44', () => {
    // z_α = Φ⁻¹(0.95) = 1.644854, z_β = Φ⁻¹(0.8) = 0.841621
    // √(0.95·0.05) = √0.0475 = 0.217945;  √(0.85·0.15) = √0.1275 = 0.357071
    // (1.644854·0.217945 + 0.841621·0.357071) / (0.85 − 0.95) = (0.358488 + 0.300519) / −0.1 = −6.590071
    // n = 6.590071² = 43.43 → 44
    expect(sampleSizeToDistinguish({ expectedAccuracy: 0.85, target: 0.95, twoSided: false })).toBe(44);
  });

  it('is two-sided by default: z_α = 1.959964 → (0.427164 + 0.300519)² / 0.01 = 52.95 → 53', () => {
    expect(sampleSizeToDistinguish({ expectedAccuracy: 0.85, target: 0.95 })).toBe(53);
  });

  it('needs far more to tell a near miss: 0.90 vs 0.95 → 185; 0.98 vs 0.95 → 331', () => {
    expect(sampleSizeToDistinguish({ expectedAccuracy: 0.9, target: 0.95 })).toBe(185);
    expect(sampleSizeToDistinguish({ expectedAccuracy: 0.98, target: 0.95 })).toBe(331);
  });

  it('grows with power', () => {
    const at80 = sampleSizeToDistinguish({ expectedAccuracy: 0.85, target: 0.95 })!;
    const at90 = sampleSizeToDistinguish({ expectedAccuracy: 0.85, target: 0.95, power: 0.9 })!;
    expect(at90).toBeGreaterThan(at80);
  });

  it('returns null when the two accuracies are equal, and rejects rates outside (0, 1)', () => {
    expect(sampleSizeToDistinguish({ expectedAccuracy: 0.95, target: 0.95 })).toBeNull();
    expect(() => sampleSizeToDistinguish({ expectedAccuracy: 1, target: 0.95 })).toThrow(RangeError);
  });
});

describe('isTooSmallToTell', () => {
  it('28 of 30 records cannot tell 93.3% from 95%; about 1462 would be needed', () => {
    // Wilson 78.7–98.2% contains 0.95. Planned with p₁ = 28/30, two-sided:
    // √(0.933333·0.066667) = 0.249444; (1.959964·0.217945 + 0.841621·0.249444) / (0.933333 − 0.95)
    // = (0.427164 + 0.209937) / −0.016667 = −38.2261 → 38.2261² = 1461.2 → 1462
    const answer = isTooSmallToTell({ successes: 28, n: 30, target: 0.95 });
    expect(answer.tooSmall).toBe(true);
    expect(answer.needed).toBe(1462);
    expect(answer.message).toBe('30 records cannot tell 93.3% from the 95% target; about 1462 records would be needed.');
  });

  it('says plainly when the sample does settle it', () => {
    const answer = isTooSmallToTell({ successes: 40, n: 60, target: 0.95 });
    expect(answer).toMatchObject({ tooSmall: false, needed: null });
    expect(answer.message).toBe('60 records show 66.7%, below the 95% target.');
  });

  it('plans from 0.5/n when every unit was right, since 100% has no spread to plan with', () => {
    // 10/10: Wilson 72.2–100% contains 0.95; planned p₁ = 1 − 0.5/10 = 0.95 = target → no answer
    expect(isTooSmallToTell({ successes: 10, n: 10, target: 0.95 }).needed).toBeNull();
    // 20/20: planned p₁ = 0.975
    const answer = isTooSmallToTell({ successes: 20, n: 20, target: 0.95, unitLabel: 'codes' });
    expect(answer.tooSmall).toBe(true);
    expect(answer.needed).toBe(sampleSizeToDistinguish({ expectedAccuracy: 0.975, target: 0.95 }));
    expect(answer.message).toMatch(/^20 codes cannot tell 100% from the 95% target; about \d+ codes would be needed\.$/);
  });

  it('handles an empty sample', () => {
    const answer = isTooSmallToTell({ successes: 0, n: 0, target: 0.95 });
    expect(answer).toMatchObject({ tooSmall: true, interval: null, needed: null });
  });
});
