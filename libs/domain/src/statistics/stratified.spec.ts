import { clusterSums } from './cluster-sums';
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
    const partly = stratifiedRecordAccuracy([{ label: 'A', population: 50, reviewed: 10, right: 8 }, { label: 'B', population: 50, reviewed: 10, right: 9 }]);
    const whole = stratifiedRecordAccuracy([{ label: 'A', population: 50, reviewed: 50, right: 40 }, { label: 'B', population: 50, reviewed: 10, right: 9 }]);
    expect(whole.upper! - whole.lower!).toBeLessThan(partly.upper! - partly.lower!);
  });

  it('bad input is "not enough data" with the stratum named', () => {
    expect(stratifiedRecordAccuracy([{ label: 'A', population: 10, reviewed: 0, right: 0 }, { label: 'B', population: 10, reviewed: 3, right: 3 }]))
      .toMatchObject({ status: 'not_enough_data', estimate: null, reason: 'A: 10 records in the population but none reviewed' });
    expect(stratifiedRecordAccuracy([{ label: 'A', population: 2, reviewed: 3, right: 3 }]).reason).toBe('A: 3 records reviewed out of a population of only 2');
    expect(stratifiedRecordAccuracy([{ label: 'A', population: 0, reviewed: 0, right: 0 }]).reason).toBe('every population is empty');
    expect(stratifiedRecordAccuracy([]).status).toBe('not_enough_data');
  });
});

describe('stratifiedCodeAccuracy', () => {
  it('the combined ratio estimator expands each coder by N_h/n_h (worked by hand)', () => {
    // A: 2 records of 100, 10 codes, 2 errors (expanded ×50: 500 codes, 100 errors)
    // B: 2 records of 10, 10 codes, 0 errors (expanded ×5: 50 codes, 0 errors) → r = 100/550, accuracy 0.81818
    const e = stratifiedCodeAccuracy([
      { label: 'A', population: 100, sums: clusterSums([{ units: 4, errors: 2 }, { units: 6, errors: 0 }]) },
      { label: 'B', population: 10, sums: clusterSums([{ units: 5, errors: 0 }, { units: 5, errors: 0 }]) },
    ]);
    expect(e.estimate).toBeCloseTo(1 - 100 / 550, 12);
    expect(e.lower!).toBeLessThan(e.estimate!);
    expect(e.upper!).toBeGreaterThan(e.estimate!);
  });

  it('a stratum with no sample is not enough data', () => {
    expect(stratifiedCodeAccuracy([{ label: 'A', population: 10, sums: clusterSums([]) }]).status).toBe('not_enough_data');
  });
});
