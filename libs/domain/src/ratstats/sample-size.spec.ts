import { type RatStatsInputError } from './errors';
import { variableSampleSize } from './sample-size';
import { studentTQuantile } from '../statistics/student-t';
import { variableAppraisal } from './variable-appraisal';

describe('variableSampleSize', () => {
  it('returns the smallest n whose expected precision meets the target', () => {
    const probe = [120, 80, 0, 260, 45, 310, 15, 90, 150, 60];
    const N = 5000;
    const plan = variableSampleSize({ N, probe, confidence: 90, precision_percent: 10 });
    const { mean, std_dev: s } = variableAppraisal({ N, values: probe });
    // Precision % at n, as RAT-STATS would report it for a sample with the probe's mean and s.
    const percentAt = (n: number) =>
      (100 * studentTQuantile(0.95, n - 1) * (s ?? 0) * Math.sqrt((1 - n / N) / n)) / mean;
    expect(plan.expected_precision_percent).toBeCloseTo(percentAt(plan.n), 9);
    expect(percentAt(plan.n)).toBeLessThanOrEqual(10);
    expect(percentAt(plan.n - 1)).toBeGreaterThan(10);
  });

  it('asks for more items at higher confidence and tighter precision, never more than N', () => {
    const probe = [5, 9, 14, 2, 30, 11];
    const at = (confidence: 80 | 90 | 95, precision: number) =>
      variableSampleSize({ N: 800, probe, confidence, precision_percent: precision }).n;
    expect(at(95, 10)).toBeGreaterThan(at(80, 10));
    expect(at(90, 5)).toBeGreaterThan(at(90, 20));
    expect(at(95, 0.01)).toBe(800);
  });

  it.each([
    [{ N: 100, probe: [1], confidence: 90 as const, precision_percent: 10 }, 'probe'],
    [{ N: 100, probe: [1, 2], confidence: 85 as unknown as 90, precision_percent: 10 }, 'confidence'],
    [{ N: 100, probe: [1, 2], confidence: 90 as const, precision_percent: 0 }, 'precision_percent'],
    [{ N: 100, probe: [-1, -2], confidence: 90 as const, precision_percent: 10 }, 'probe'],
  ])('bad input %j names %s', (input, field) => {
    expect(() => variableSampleSize(input)).toThrow(expect.objectContaining({ field }) as RatStatsInputError);
  });
});
