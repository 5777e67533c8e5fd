import { pChartLimits } from './p-chart';

describe('pChartLimits', () => {
  it('Montgomery-style constant n: p̄ = 0.05, n = 100 → UCL 0.1154, LCL 0', () => {
    // p̄ = (3 + 5 + 12 + 0) / 400 = 0.05
    // σ = √(0.05·0.95/100) = √0.000475 = 0.0217945; 3σ = 0.0653835
    // UCL = 0.05 + 0.0653835 = 0.1153835; LCL = 0.05 − 0.0653835 < 0 → 0
    const chart = pChartLimits([
      { label: '2025-01', defects: 3, n: 100 },
      { label: '2025-02', defects: 5, n: 100 },
      { label: '2025-03', defects: 12, n: 100 },
      { label: '2025-04', defects: 0, n: 100 },
    ])!;
    expect(chart.centre.errorRate).toBeCloseTo(0.05, 12);
    expect(chart.centre.accuracy).toBeCloseTo(0.95, 12);
    expect(chart.points[0].ucl).toBeCloseTo(0.1153835, 7);
    expect(chart.points[0].lcl).toBe(0);
    expect(chart.points[0].accuracyLower).toBeCloseTo(0.8846165, 7);
    expect(chart.points[0].accuracyUpper).toBe(1);
    // 12/100 = 0.12 > 0.1154: a real deterioration; 0/100 is not below an LCL of 0
    expect(chart.points.map((p) => p.flag)).toEqual(['in_control', 'in_control', 'above_ucl', 'in_control']);
  });

  it('flags an unusually good month below a positive LCL', () => {
    // p̄ = (20 + 25 + 5 + 30) / 400 = 0.2; σ = √(0.2·0.8/100) = 0.04; limits 0.2 ∓ 0.12 = 0.08 … 0.32
    const chart = pChartLimits([
      { label: 'a', defects: 20, n: 100 },
      { label: 'b', defects: 25, n: 100 },
      { label: 'c', defects: 5, n: 100 },
      { label: 'd', defects: 30, n: 100 },
    ])!;
    expect(chart.points[2]).toMatchObject({ errorRate: 0.05, flag: 'below_lcl' });
    expect(chart.points[2].lcl).toBeCloseTo(0.08, 12);
    expect(chart.points[2].ucl).toBeCloseTo(0.32, 12);
    expect(chart.points[2].accuracyLower).toBeCloseTo(0.68, 12);
    expect(chart.points[2].accuracyUpper).toBeCloseTo(0.92, 12);
  });

  it('widens the limits for a small month, so the same rate can be noise there and a signal in a big month', () => {
    // p̄ = (10 + 4 + 6) / (200 + 25 + 100) = 20/325 = 0.0615385
    // n = 25:  UCL = p̄ + 3√(p̄(1−p̄)/25)  = 0.0615385 + 0.1441892 = 0.2057277 → 4/25 = 0.16 in control
    // n = 200: UCL = p̄ + 3√(p̄(1−p̄)/200) = 0.0615385 + 0.0509786 = 0.1125171 → 0.16 would be flagged here
    const chart = pChartLimits([
      { label: 'big', defects: 10, n: 200 },
      { label: 'small', defects: 4, n: 25 },
      { label: 'mid', defects: 6, n: 100 },
    ])!;
    expect(chart.centre.errorRate).toBeCloseTo(20 / 325, 12);
    expect(chart.points[1].ucl).toBeCloseTo(0.2057277, 6);
    expect(chart.points[0].ucl).toBeCloseTo(0.1125171, 6);
    expect(chart.points[1].flag).toBe('in_control');
    expect(chart.points[1].errorRate).toBeGreaterThan(chart.points[0].ucl!);
  });

  it('leaves a gap for a month with nothing reviewed and marks each month against a target', () => {
    const chart = pChartLimits(
      [
        { label: 'a', defects: 3, n: 100 },
        { label: 'b', defects: 0, n: 0 },
        { label: 'c', defects: 8, n: 100 },
      ],
      0.95,
    )!;
    expect(chart.target).toBe(0.95);
    expect(chart.points[1]).toMatchObject({
      errorRate: null,
      ucl: null,
      lcl: null,
      flag: 'no_data',
      meetsTarget: null,
    });
    expect(chart.points.map((p) => p.meetsTarget)).toEqual([true, null, false]);
  });

  it('returns null with no data and rejects impossible counts', () => {
    expect(pChartLimits([])).toBeNull();
    expect(pChartLimits([{ label: 'a', defects: 0, n: 0 }])).toBeNull();
    expect(() => pChartLimits([{ label: 'a', defects: 5, n: 3 }])).toThrow(RangeError);
  });
});
