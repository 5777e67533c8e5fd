import { betaBinomialPmf, probabilityLimitCounts } from './beta-binomial';
import { controlChart } from './control-chart';

const months = (defects: number[], n: number) => defects.map((d, i) => ({ label: `m${i}`, defects: d, n }));

describe('controlChart', () => {
  it('exact binomial limits: p̄ = 0.05, n = 100 → a month signals from 13 errors up (P(X ≥ 13) < 0.0025 ≤ P(X ≥ 12))', () => {
    const chart = controlChart(months([5, 4, 6, 5, 5, 5, 6, 4, 5, 5, 5, 5], 100))!;
    expect(chart.method).toBe('binomial-probability');
    expect(chart.centre.errorRate).toBeCloseTo(0.05, 12);
    expect(chart.points[0].ucl).toBeCloseTo(0.125, 12);
    // P(X = 0 | 100, 0.05) = 0.0059 > 0.0025: a perfect month is not unusual, so no lower limit can be crossed
    expect(chart.points[0].lcl).toBeNull();
    expect(chart.points[0].accuracyUpper).toBeNull();
    expect(chart.improvementDetectable).toBe(false);
  });

  it('flags a bad month, and an unusually good one where a lower limit exists', () => {
    const chart = controlChart(months([20, 21, 19, 20, 22, 18, 20, 21, 19, 20, 45, 4], 100))!;
    expect(chart.improvementDetectable).toBe(true);
    expect(chart.points[10].flag).toBe('above_ucl');
    expect(chart.points[11].flag).toBe('below_lcl');
    expect(chart.points[0].flag).toBe('in_control');
  });

  it('widens the limits when months vary more than binomial noise (beta-binomial probability limits)', () => {
    const steady = controlChart(months([10, 10, 10, 10, 10, 10], 200))!;
    const wobbly = controlChart(months([2, 18, 4, 16, 3, 17], 200))!;
    expect(steady.method).toBe('binomial-probability');
    expect(wobbly.method).toBe('beta-binomial-probability');
    expect(wobbly.overdispersion).toBeGreaterThan(0);
    expect(wobbly.points[0].ucl!).toBeGreaterThan(steady.points[0].ucl!);
    expect(wobbly.points.every((p) => p.flag === 'in_control')).toBe(true);
  });

  it('months with nothing reviewed are gaps, and no data at all is null', () => {
    const chart = controlChart([
      { label: 'a', defects: 1, n: 20 },
      { label: 'b', defects: 0, n: 0 },
    ])!;
    expect(chart.points[1]).toMatchObject({ flag: 'no_data', errorRate: null, ucl: null });
    expect(controlChart([{ label: 'a', defects: 0, n: 0 }])).toBeNull();
  });
});

describe('betaBinomialPmf', () => {
  it('is the binomial at ρ = 0 and sums to 1 otherwise', () => {
    const pmf = betaBinomialPmf(3, 0.5, 0);
    expect(pmf.map((x) => x * 8)).toEqual([1, 3, 3, 1].map((x) => expect.closeTo(x, 12)));
    expect(betaBinomialPmf(50, 0.1, 0.05).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    // Beta(1,1) mixing (ρ = 1/3 at p = ½) makes every count equally likely: 1/(n + 1)
    expect(betaBinomialPmf(4, 0.5, 1 / 3).every((x) => Math.abs(x - 0.2) < 1e-12)).toBe(true);
  });

  it('limit counts: the tails beyond them are below the tail probability', () => {
    expect(probabilityLimitCounts([0.001, 0.998, 0.001], 0.0025)).toEqual({ upperCount: 2, lowerCount: 0 });
    expect(probabilityLimitCounts([0.5, 0.5], 0.0025)).toEqual({ upperCount: 2, lowerCount: -1 });
  });
});
