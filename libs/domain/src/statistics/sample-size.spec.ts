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
  it('28 of 30 records cannot tell 93.3% from 95%; about 1432 more would (1462 in all)', () => {
    // Clopper–Pearson 77.9–99.2% contains 0.95. Planned with p₁ = 28/30, two-sided:
    // √(0.933333·0.066667) = 0.249444; (1.959964·0.217945 + 0.841621·0.249444) / (0.933333 − 0.95)
    // = (0.427164 + 0.209937) / −0.016667 = −38.2261 → 38.2261² = 1461.2 → 1462 in all, 1432 more
    const answer = isTooSmallToTell({ successes: 28, n: 30, target: 0.95 });
    expect(answer.tooSmall).toBe(true);
    expect(answer.needed).toBe(1432);
    expect(answer.message).toBe(
      '30 records show 93.3% (95% interval 77.9%–99.2%), too few to tell from the 95% target; about 1432 more records would settle it.',
    );
  });

  it('never asks for more records than the population has left', () => {
    const answer = isTooSmallToTell({ successes: 28, n: 30, target: 0.95, population: 200 });
    expect(answer.needed).toBe(170);
    expect(answer.message).toMatch(/; only 170 more records remain: reviewing all of them gives the exact rate\.$/);
  });

  it('says plainly when the sample does settle it, and when every record was reviewed', () => {
    const answer = isTooSmallToTell({ successes: 40, n: 60, target: 0.95 });
    expect(answer).toMatchObject({ tooSmall: false, needed: null });
    expect(answer.message).toBe('60 records show 66.7%, below the 95% target.');
    expect(isTooSmallToTell({ successes: 29, n: 30, target: 0.95, population: 30 }).message).toBe(
      'All 30 records reviewed: 96.7%, above the 95% target.',
    );
  });

  it('10/10 against 95% gives the numbers and an exact count: all right in m excludes 95% once 0.95^m < 0.025 (m = 72)', () => {
    const answer = isTooSmallToTell({ successes: 10, n: 10, target: 0.95 });
    expect(answer.needed).toBe(62);
    expect(answer.message).toBe(
      '10 records show 100% (95% interval 69.2%–100%), too few to tell from the 95% target; about 62 more records would settle it.',
    );
  });

  it('an observed rate exactly at the target cannot be separated from it, said with its numbers', () => {
    const answer = isTooSmallToTell({ successes: 19, n: 20, target: 0.95, unitLabel: 'codes' });
    expect(answer.needed).toBeNull();
    expect(answer.message).toMatch(
      /^20 codes show 95% \(95% interval 75\.1%–99\.9%\), too few to tell from the 95% target; at exactly the target/,
    );
  });

  it('handles an empty sample and a sample larger than its population', () => {
    expect(isTooSmallToTell({ successes: 0, n: 0, target: 0.95 })).toMatchObject({
      tooSmall: true,
      interval: null,
      needed: null,
    });
    expect(isTooSmallToTell({ successes: 5, n: 6, target: 0.95, population: 4 }).message).toBe(
      'Not enough data: 6 records reviewed out of a population of only 4.',
    );
  });
});
