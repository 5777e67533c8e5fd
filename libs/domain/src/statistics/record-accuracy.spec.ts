import { clopperPearsonInterval } from './clopper-pearson';
import { hypergeometricLimits, hypergeometricTail } from './hypergeometric';
import { recordAccuracyInterval } from './record-accuracy';

describe('recordAccuracyInterval', () => {
  it('without a population is Clopper–Pearson: 0/10 → [0, 0.3085], 10/10 → [0.6915, 1]', () => {
    const none = recordAccuracyInterval(0, 10);
    expect(none).toMatchObject({
      status: 'ok',
      method: 'clopper-pearson',
      estimate: 0,
      lower: 0,
      n: 10,
      population: null,
    });
    expect(none.upper).toBeCloseTo(0.3085, 4);
    const all = recordAccuracyInterval(10, 10);
    expect(all.lower).toBeCloseTo(0.6915, 4);
    expect(all.upper).toBe(1);
  });

  it('n = N is a census: the observed rate with zero width', () => {
    expect(recordAccuracyInterval(28, 30, 30)).toMatchObject({
      status: 'census',
      method: 'census',
      estimate: 28 / 30,
      lower: 28 / 30,
      upper: 28 / 30,
      population: 30,
    });
  });

  it('a known population narrows the interval, the more the larger the sampling fraction', () => {
    const infinite = recordAccuracyInterval(28, 30);
    const of300 = recordAccuracyInterval(28, 30, 300);
    const of40 = recordAccuracyInterval(28, 30, 40);
    const width = (e: { lower: number | null; upper: number | null }): number => e.upper! - e.lower!;
    expect(of300.method).toBe('hypergeometric-exact');
    expect(width(of40)).toBeLessThan(width(of300));
    expect(width(of300)).toBeLessThan(width(infinite));
    // 28 right of 30 seen among 40: at least 28 and at most 38 of the 40 are right, whatever the rest are.
    expect(of40.lower!).toBeGreaterThanOrEqual(28 / 40);
    expect(of40.upper!).toBeLessThanOrEqual(38 / 40);
  });

  it('hand-worked hypergeometric limits: 0 of 1 drawn from 2 → M ∈ [0, 1] of 2', () => {
    // M = 1: P(X ≤ 0) = 1/2 > 0.025; M = 2: P(X ≤ 0) = 0 → upper 1/2. Lower: P(X ≥ 0) = 1 for M = 0.
    expect(hypergeometricLimits(0, 1, 2)).toEqual({ lower: 0, upper: 0.5 });
    // P(X ≥ 2) drawing 3 from 10 with 4 successes = (C(4,2)C(6,1) + C(4,3)) / C(10,3) = (36 + 4) / 120
    expect(hypergeometricTail(2, 3, 10, 4, 'atLeast')).toBeCloseTo(40 / 120, 12);
  });

  it('a huge population gives Clopper–Pearson back', () => {
    const big = recordAccuracyInterval(7, 10, 1_000_000);
    const cp = clopperPearsonInterval(7, 10)!;
    expect(big.lower!).toBeCloseTo(cp.lower, 3);
    expect(big.upper!).toBeCloseTo(cp.upper, 3);
  });

  it('bad input is "not enough data", never NaN or a throw', () => {
    expect(recordAccuracyInterval(0, 0)).toMatchObject({
      status: 'not_enough_data',
      estimate: null,
      lower: null,
      reason: 'no records reviewed',
    });
    expect(recordAccuracyInterval(5, 12, 10)).toMatchObject({
      status: 'not_enough_data',
      reason: '12 records reviewed out of a population of only 10',
    });
    expect(recordAccuracyInterval(0, 3, 0).status).toBe('not_enough_data');
    expect(recordAccuracyInterval(4, 3).status).toBe('not_enough_data');
    expect(recordAccuracyInterval(Number.NaN, 3).status).toBe('not_enough_data');
  });

  it('properties: bounds in [0, 1] around the estimate, monotone in k, with and without a population', () => {
    for (const [n, N] of [
      [12, null],
      [12, 15],
      [12, 60],
      [40, null],
      [40, 41],
    ] as const) {
      let previous = { lower: -1, upper: -1 };
      for (let k = 0; k <= n; k++) {
        const e = recordAccuracyInterval(k, n, N);
        expect(e.lower!).toBeGreaterThanOrEqual(0);
        expect(e.upper!).toBeLessThanOrEqual(1);
        expect(e.lower!).toBeLessThanOrEqual(e.estimate! + 1e-12);
        expect(e.upper!).toBeGreaterThanOrEqual(e.estimate! - 1e-12);
        expect(e.lower!).toBeGreaterThanOrEqual(previous.lower);
        expect(e.upper!).toBeGreaterThanOrEqual(previous.upper);
        previous = { lower: e.lower!, upper: e.upper! };
      }
    }
  });
});
