import { clusterRatioInterval } from './cluster-ratio';
import { wilsonInterval } from './wilson';

// Five records, worked by hand:
//   units uᵢ = 10, 8, 12, 6, 4 → Σu = 40, ū = 8;  errors eᵢ = 1, 0, 2, 1, 0 → Σe = 4
//   r = 4/40 = 0.1, accuracy = 0.9
//   residuals eᵢ − r·uᵢ = 1−1.0, 0−0.8, 2−1.2, 1−0.6, 0−0.4 = 0, −0.8, 0.8, 0.4, −0.4
//   Σ residual² = 0 + 0.64 + 0.64 + 0.16 + 0.16 = 1.6
//   v(r) = 1.6 / (n(n−1)·ū²) = 1.6 / (5·4·64) = 1.6 / 1280 = 0.00125, se = √0.00125 = 0.0353553
//   interval = 0.9 ∓ 1.959964·0.0353553 = 0.9 ∓ 0.0692952 = 0.8307048 … 0.9692952
const records = [
  { units: 10, errors: 1 },
  { units: 8, errors: 0 },
  { units: 12, errors: 2 },
  { units: 6, errors: 1 },
  { units: 4, errors: 0 },
];

describe('clusterRatioInterval', () => {
  it('computes the ratio estimate and its linearisation interval (worked above)', () => {
    const result = clusterRatioInterval(records)!;
    expect(result.errorRate).toBeCloseTo(0.1, 12);
    expect(result.estimate).toBeCloseTo(0.9, 12);
    expect(result.standardError).toBeCloseTo(0.0353553, 7);
    expect(result.lower).toBeCloseTo(0.8307048, 7);
    expect(result.upper).toBeCloseTo(0.9692952, 7);
    expect(result).toMatchObject({ clusters: 5, units: 40, note: null });
  });

  it('applies the finite population correction: N = 50 records → v × (1 − 5/50) = 0.001125, se = 0.0335410', () => {
    const result = clusterRatioInterval(records, { populationClusters: 50 })!;
    expect(result.standardError).toBeCloseTo(0.033541, 6);
    // 0.9 ∓ 1.959964·0.0335410 = 0.9 ∓ 0.0657391
    expect(result.lower).toBeCloseTo(0.8342609, 6);
  });

  it('is wider than Wilson on the 40 codes when errors bunch in few records', () => {
    const bunched = [
      { units: 10, errors: 4 },
      { units: 10, errors: 0 },
      { units: 10, errors: 0 },
      { units: 10, errors: 0 },
    ];
    const cluster = clusterRatioInterval(bunched)!;
    const naive = wilsonInterval(36, 40)!;
    expect(cluster.upper! - cluster.lower!).toBeGreaterThan(naive.upper - naive.lower);
  });

  it('clamps to [0, 1]: weighted errors may exceed codes in a record', () => {
    const result = clusterRatioInterval([
      { units: 2, errors: 3 },
      { units: 2, errors: 2 },
    ])!;
    expect(result.errorRate).toBeCloseTo(1.25, 12);
    expect(result.estimate).toBe(0);
    expect(result.lower).toBe(0);
  });

  it('gives an estimate but no interval from a single record, and says so', () => {
    const result = clusterRatioInterval([
      { units: 5, errors: 1 },
      { units: 0, errors: 0 },
    ])!;
    expect(result).toMatchObject({ estimate: 0.8, standardError: null, lower: null, upper: null, clusters: 1 });
    expect(result.note).toBe('fewer_than_two_clusters');
  });

  it('returns null when no record had codes', () => {
    expect(clusterRatioInterval([])).toBeNull();
    expect(clusterRatioInterval([{ units: 0, errors: 0 }])).toBeNull();
  });

  it('rejects negative counts and a population smaller than the sample', () => {
    expect(() => clusterRatioInterval([{ units: -1, errors: 0 }])).toThrow(RangeError);
    expect(() => clusterRatioInterval(records, { populationClusters: 4 })).toThrow(RangeError);
  });
});
