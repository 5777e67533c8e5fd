import { clusterRatioInterval } from './cluster-ratio';
import { addClusterSums, clusterRatioFromSums, clusterSums, EMPTY_CLUSTER_SUMS } from './cluster-sums';

// The five records of cluster-ratio.spec.ts: Σu = 40, Σe = 4, Σe² = 1+0+4+1+0 = 6,
// Σu² = 100+64+144+36+16 = 360, Σeu = 10+0+24+6+0 = 40.
// Σ residual² = 6 − 2·0.1·40 + 0.01·360 = 6 − 8 + 3.6 = 1.6 (as by residuals), se = 0.0353553,
// interval 0.8307048 … 0.9692952.
const records = [
  { units: 10, errors: 1 },
  { units: 8, errors: 0 },
  { units: 12, errors: 2 },
  { units: 6, errors: 1 },
  { units: 4, errors: 0 },
];

describe('clusterSums / clusterRatioFromSums', () => {
  it('holds the hand-worked sums', () => {
    expect(clusterSums(records)).toEqual({
      clusters: 5,
      units: 40,
      errors: 4,
      errorsSquared: 6,
      unitsSquared: 360,
      errorsTimesUnits: 40,
    });
  });

  it('gives the interval worked by residuals', () => {
    const result = clusterRatioFromSums(clusterSums(records))!;
    expect(result.estimate).toBeCloseTo(0.9, 12);
    expect(result.standardError).toBeCloseTo(0.0353553, 7);
    expect(result.lower).toBeCloseTo(0.8307048, 7);
    expect(result.upper).toBeCloseTo(0.9692952, 7);
  });

  it('adds up across groups to the interval over all records (two "months")', () => {
    const pooled = addClusterSums(clusterSums(records.slice(0, 2)), clusterSums(records.slice(2)));
    const direct = clusterRatioInterval(records)!;
    const fromSums = clusterRatioFromSums(pooled)!;
    expect(fromSums.lower).toBeCloseTo(direct.lower!, 12);
    expect(fromSums.upper).toBeCloseTo(direct.upper!, 12);
    expect(fromSums.clusters).toBe(5);
  });

  it('ignores records with no codes, gives no interval for one record and null for none', () => {
    expect(
      clusterSums([
        { units: 0, errors: 0 },
        { units: 4, errors: 1 },
      ]).clusters,
    ).toBe(1);
    expect(clusterRatioFromSums(clusterSums([{ units: 4, errors: 1 }]))).toMatchObject({
      estimate: 0.75,
      lower: null,
      note: 'fewer_than_two_clusters',
    });
    expect(clusterRatioFromSums(EMPTY_CLUSTER_SUMS)).toBeNull();
  });

  it('never claims certainty when every record has the same error rate: Wilson on the codes instead', () => {
    // 54 of 60 codes right, 10% wrong in each record: no spread, so se = 0 and the ratio interval has no
    // width. Wilson on 54/60: centre (0.9 + 3.8415/120) / (1 + 3.8415/60) = 0.87593, half-width 0.07743.
    const result = clusterRatioFromSums(
      clusterSums([
        { units: 10, errors: 1 },
        { units: 20, errors: 2 },
        { units: 30, errors: 3 },
      ]),
    )!;
    expect(result.standardError).toBeCloseTo(0, 6);
    expect(result).toMatchObject({ estimate: expect.closeTo(0.9, 9), note: 'no_spread_between_records' });
    expect(result.lower).toBeCloseTo(0.7985, 4);
    expect(result.upper).toBeCloseTo(0.9534, 4);
  });

  it('gives 4 of 4 codes right in two records 51.0–100%, not 100–100%', () => {
    const result = clusterRatioFromSums(
      clusterSums([
        { units: 2, errors: 0 },
        { units: 2, errors: 0 },
      ]),
    )!;
    expect(result).toMatchObject({ estimate: 1, upper: 1, note: 'no_spread_between_records' });
    expect(result.lower).toBeCloseTo(0.5101, 4);
    expect(
      clusterRatioInterval([
        { units: 2, errors: 0 },
        { units: 2, errors: 0 },
      ]),
    ).toMatchObject({ lower: result.lower, upper: 1, note: 'no_spread_between_records' });
  });
});
