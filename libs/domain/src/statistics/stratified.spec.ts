import { codeAccuracyFromSums } from './code-accuracy';
import { clusterSums } from './cluster-sums';
import { recordAccuracyInterval } from './record-accuracy';
import { stratifiedCodeAccuracy, stratifiedRecordAccuracy } from './stratified';

describe('stratifiedRecordAccuracy', () => {
  it('weights coders by population share, not by sample (worked by hand)', () => {
    // A: 18/20 right of 200; B: 19/20 of 2,000. p̂ = (200·0.9 + 2000·0.95)/2200 = 2080/2200 = 0.94545;
    // pooled unweighted it would be 37/40 = 0.925.
    const e = stratifiedRecordAccuracy([
      { label: 'A', population: 200, reviewed: 20, right: 18 },
      { label: 'B', population: 2000, reviewed: 20, right: 19 },
    ]);
    expect(e.estimate).toBeCloseTo(2080 / 2200, 12);
    expect(e).toMatchObject({ status: 'ok', method: 'stratified-korn-graubard', n: 40, population: 2200 });
    expect(e.lower!).toBeLessThan(e.estimate!);
    expect(e.upper!).toBeGreaterThan(e.estimate!);
  });

  it('a fully reviewed population is a census: the exact population rate', () => {
    const e = stratifiedRecordAccuracy([
      { label: 'A', population: 5, reviewed: 5, right: 4 },
      { label: 'B', population: 15, reviewed: 15, right: 15 },
    ]);
    expect(e).toMatchObject({ status: 'census', estimate: 19 / 20, lower: 19 / 20, upper: 19 / 20 });
  });

  it('the census stratum adds no variance: the interval narrows as a stratum is fully reviewed', () => {
    const partly = stratifiedRecordAccuracy([
      { label: 'A', population: 50, reviewed: 10, right: 8 },
      { label: 'B', population: 50, reviewed: 10, right: 9 },
    ]);
    const whole = stratifiedRecordAccuracy([
      { label: 'A', population: 50, reviewed: 50, right: 40 },
      { label: 'B', population: 50, reviewed: 10, right: 9 },
    ]);
    expect(whole.upper! - whole.lower!).toBeLessThan(partly.upper! - partly.lower!);
  });

  it('one stratum collapses to the exact hypergeometric interval of the record path (worked by hand)', () => {
    // 1 right of 3 drawn from the coder's 8 records. Lower: the smallest M with P(X ≥ 1 | 8, M, 3) > 0.025 is
    // M = 1 (P = 3/8). Upper: the largest M with P(X ≤ 1) > 0.025 is M = 6 (P = C(6,1)·C(2,2)/C(8,3) = 6/56);
    // M = 7 leaves P(X ≤ 1) = 0. So [1/8, 6/8] = 12.5–75.0%, where Korn–Graubard on df = 2 gave 0.0–99.7%.
    const one = stratifiedRecordAccuracy([{ label: 'C002 2026-12', population: 8, reviewed: 3, right: 1 }]);
    expect(one).toMatchObject({
      status: 'ok',
      method: 'hypergeometric-exact',
      estimate: 1 / 3,
      lower: 1 / 8,
      upper: 6 / 8,
      n: 3,
      population: 8,
    });
    expect(one).toEqual(recordAccuracyInterval(1, 3, 8));
    // Empty strata beside it change nothing: still one stratum that counts.
    const padded = stratifiedRecordAccuracy([
      { label: 'A', population: 0, reviewed: 0, right: 0 },
      { label: 'B', population: 8, reviewed: 3, right: 1 },
    ]);
    expect(padded).toMatchObject({ lower: 1 / 8, upper: 6 / 8, method: 'hypergeometric-exact' });
    // A fully reviewed single stratum is a census.
    expect(stratifiedRecordAccuracy([{ label: 'A', population: 3, reviewed: 3, right: 1 }])).toMatchObject({
      status: 'census',
      lower: 1 / 3,
      upper: 1 / 3,
    });
  });

  it('two equal strata: the estimate is the mean of the stratum rates and the interval holds it (hand-worked)', () => {
    // A 9/10 of 100, B 7/10 of 100: p̂ = (0.9 + 0.7)/2 = 0.8; v = ¼·0.9·(0.9·0.1/9 + 0.7·0.3/9) = 0.0075.
    const e = stratifiedRecordAccuracy([
      { label: 'A', population: 100, reviewed: 10, right: 9 },
      { label: 'B', population: 100, reviewed: 10, right: 7 },
    ]);
    expect(e.estimate).toBeCloseTo(0.8, 12);
    expect(e.method).toBe('stratified-korn-graubard');
    // Korn–Graubard by hand: n_eff = 0.16/0.0075 = 21.33 (under the cap 20/0.9 = 22.2), df = 20 − 2 = 18,
    // n* = 21.33·(1.95996/2.10092)² = 18.567, x* = 0.8·n* = 14.853; Clopper–Pearson at x* of n* (scipy beta.ppf):
    // lower B⁻¹(0.025; 14.853, 4.713) = 0.55263, upper B⁻¹(0.975; 15.853, 3.713) = 0.94633.
    expect(e.lower!).toBeCloseTo(0.55263, 4);
    expect(e.upper!).toBeCloseTo(0.94633, 4);
  });

  it('bad input is "not enough data" with the stratum named', () => {
    expect(
      stratifiedRecordAccuracy([
        { label: 'A', population: 10, reviewed: 0, right: 0 },
        { label: 'B', population: 10, reviewed: 3, right: 3 },
      ]),
    ).toMatchObject({
      status: 'not_enough_data',
      estimate: null,
      reason: 'A: 10 records in the population but none reviewed',
    });
    expect(stratifiedRecordAccuracy([{ label: 'A', population: 2, reviewed: 3, right: 3 }]).reason).toBe(
      'A: 3 records reviewed out of a population of only 2',
    );
    expect(stratifiedRecordAccuracy([{ label: 'A', population: 0, reviewed: 0, right: 0 }]).reason).toBe(
      'every population is empty',
    );
    expect(stratifiedRecordAccuracy([]).status).toBe('not_enough_data');
  });
});

describe('stratifiedCodeAccuracy', () => {
  it('the combined ratio estimator expands each coder by N_h/n_h (worked by hand)', () => {
    // A: 2 records of 100, 10 codes, 2 errors (expanded ×50: 500 codes, 100 errors)
    // B: 2 records of 10, 10 codes, 0 errors (expanded ×5: 50 codes, 0 errors) → r = 100/550, accuracy 0.81818
    const e = stratifiedCodeAccuracy([
      {
        label: 'A',
        population: 100,
        sums: clusterSums([
          { units: 4, errors: 2 },
          { units: 6, errors: 0 },
        ]),
      },
      {
        label: 'B',
        population: 10,
        sums: clusterSums([
          { units: 5, errors: 0 },
          { units: 5, errors: 0 },
        ]),
      },
    ]);
    expect(e.estimate).toBeCloseTo(1 - 100 / 550, 12);
    expect(e.lower!).toBeLessThan(e.estimate!);
    expect(e.upper!).toBeGreaterThan(e.estimate!);
  });

  it('one stratum collapses to the unstratified ratio estimate with its population', () => {
    const sums = clusterSums([
      { units: 4, errors: 1 },
      { units: 6, errors: 0 },
      { units: 5, errors: 2 },
    ]);
    const one = stratifiedCodeAccuracy([{ label: 'A', population: 8, sums }]);
    expect(one).toEqual(codeAccuracyFromSums(sums, 8));
    expect(one).toMatchObject({
      status: 'ok',
      method: 'korn-graubard',
      estimate: 1 - 3 / 15,
      records: 3,
      population: 8,
    });
  });

  it('a stratum with no sample is not enough data', () => {
    expect(stratifiedCodeAccuracy([{ label: 'A', population: 10, sums: clusterSums([]) }]).status).toBe(
      'not_enough_data',
    );
  });
});
