import { clusterSums } from './cluster-sums';
import { codeAccuracyFromSums, effectiveDf } from './code-accuracy';
import { designEffectInterval } from './design-effect-interval';
import { exactBetaLimits } from './exact-limits';
import { studentTQuantile } from './student-t';

describe('codeAccuracyFromSums (Korn–Graubard on the cluster ratio)', () => {
  it('records with 6/22 and 15/55 code errors do not collapse to a zero-width interval', () => {
    const e = codeAccuracyFromSums(
      clusterSums([
        { units: 22, errors: 6 },
        { units: 55, errors: 15 },
      ]),
    );
    expect(e.estimate).toBeCloseTo(56 / 77, 12);
    // Both records have the same rate: no spread to estimate a design effect from, two records are all we have.
    expect(e.upper! - e.lower!).toBeGreaterThan(0.5);
  });

  it('no error in 10 records: the records are the effective sample, df 9 → n* = 10·(z/t₉)²', () => {
    const e = codeAccuracyFromSums(clusterSums(Array.from({ length: 10 }, () => ({ units: 7, errors: 0 }))));
    const nStar = 10 * (1.959963984540054 / studentTQuantile(0.975, 9)) ** 2;
    expect(e).toMatchObject({ status: 'ok', estimate: 1, upper: 1, records: 10, n: 70 });
    expect(e.lower).toBeCloseTo(0.025 ** (1 / nStar), 7);
  });

  it('hand-worked: effective n from the design effect, then exact limits', () => {
    const clusters = [
      { units: 5, errors: 1 },
      { units: 5, errors: 0 },
      { units: 10, errors: 2 },
      { units: 10, errors: 0 },
    ];
    // r = 3/30 = 0.1; residuals e − r·u: 0.5, −0.5, 1, −1 → Σ = 2.5; ū = 7.5; v = 2.5/(4·3·56.25) = 0.0037037
    const e = codeAccuracyFromSums(clusterSums(clusters));
    const v = 2.5 / (4 * 3 * 56.25);
    const nEff = Math.min((0.9 * 0.1) / v, 30);
    // errors 3, Σe² = 5 → 2·(Σe)²/Σe² = 3.6; df = min(n − 1 = 3, 3.6) = 3
    expect(effectiveDf(clusterSums(clusters))).toBe(3);
    const nStar = nEff * (1.959963984540054 / studentTQuantile(0.975, 3)) ** 2;
    const expected = exactBetaLimits(0.9 * nStar, nStar);
    expect(e.lower).toBeCloseTo(expected.lower, 7);
    expect(e.upper).toBeCloseTo(expected.upper, 7);
  });

  it('uses the population: n = N is the observed rate; a large fraction narrows; n > N is not enough data', () => {
    const sums = clusterSums([
      { units: 5, errors: 1 },
      { units: 6, errors: 0 },
      { units: 8, errors: 2 },
      { units: 4, errors: 0 },
    ]);
    expect(codeAccuracyFromSums(sums, 4)).toMatchObject({
      status: 'census',
      lower: 1 - 3 / 23,
      upper: 1 - 3 / 23,
      population: 4,
    });
    const free = codeAccuracyFromSums(sums);
    const known = codeAccuracyFromSums(sums, 5);
    expect(known.upper! - known.lower!).toBeLessThan(free.upper! - free.lower!);
    expect(codeAccuracyFromSums(sums, 3)).toMatchObject({ status: 'not_enough_data', estimate: null });
    expect(codeAccuracyFromSums(sums, 0).status).toBe('not_enough_data');
  });

  it('one record or none: no interval, said so', () => {
    expect(codeAccuracyFromSums(clusterSums([]))).toMatchObject({
      status: 'not_enough_data',
      reason: 'no codes reviewed',
    });
    expect(codeAccuracyFromSums(clusterSums([{ units: 4, errors: 1 }]))).toMatchObject({
      status: 'not_enough_data',
      estimate: 0.75,
      lower: null,
    });
  });
});

describe('designEffectInterval', () => {
  it('with design effect 1 and many df it is Clopper–Pearson on the units', () => {
    const p = 0.9;
    const e = designEffectInterval({ estimate: p, variance: (p * 0.1) / 100, units: 100, df: 1e7 });
    const cp = exactBetaLimits(90, 100);
    expect(e.lower).toBeCloseTo(cp.lower, 5);
    expect(e.upper).toBeCloseTo(cp.upper, 5);
  });
});

describe('studentTQuantile', () => {
  it('matches the published table: t₀.₉₇₅ with 1, 9, 29 df = 12.706, 2.262, 2.045', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.2622, 4);
    expect(studentTQuantile(0.975, 29)).toBeCloseTo(2.0452, 4);
  });
});
