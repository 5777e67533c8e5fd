import { clampUnit, Z_95 } from './types';
import { wilsonInterval } from './wilson';

/** One cluster (a record): how many units (codes) it holds and how many (weighted) errors among them. */
export interface ErrorCluster {
  units: number;
  errors: number;
}

export interface ClusterRatioOptions {
  z?: number;
  /** Clusters in the population (records in the frame); when given, the finite population correction applies. */
  populationClusters?: number;
}

export interface ClusterRatioInterval {
  /** Accuracy, 1 − r. Errors can be weighted, so r may exceed 1; the estimate is clamped to [0, 1]. */
  estimate: number;
  errorRate: number;
  /** Null when fewer than two clusters carry units: one record says nothing about the spread between records. */
  standardError: number | null;
  lower: number | null;
  upper: number | null;
  clusters: number;
  units: number;
  /**
   * `no_spread_between_records`: every record has the same error rate (typically none at all), so the
   * linearisation variance is 0 and would claim certainty; the bounds are then Wilson's on the codes.
   */
  note: 'fewer_than_two_clusters' | 'no_spread_between_records' | null;
}

/**
 * Interval on code accuracy with the record as the sampling unit. Codes within a record share a coder's
 * reading of one chart, so they are not independent; treating each code as a separate trial (Wilson on
 * codes) makes the interval too narrow. Ratio estimator r = Σeᵢ / Σuᵢ with the linearisation (Taylor)
 * variance, as in Cochran, Sampling Techniques, §6.9 / Lohr §4.1:
 *
 *   v(r) = (1 − f) · Σ(eᵢ − r·uᵢ)² / (n(n − 1)·ū²),   ū = Σuᵢ / n,   f = n / N (0 when N is unknown)
 *
 * and the interval is 1 − r ± z·√v(r), clamped to [0, 1]. Returns null when no cluster has units.
 */
export function clusterRatioInterval(
  clusters: readonly ErrorCluster[],
  options: ClusterRatioOptions = {},
): ClusterRatioInterval | null {
  const z = options.z ?? Z_95;
  for (const c of clusters) {
    if (!(c.units >= 0 && c.errors >= 0))
      throw new RangeError(`units and errors must be ≥ 0, got ${c.units}/${c.errors}`);
  }
  // A record with no codes adds nothing to either sum, and counting it in n would understate the variance.
  const used = clusters.filter((c) => c.units > 0);
  const n = used.length;
  const units = used.reduce((sum, c) => sum + c.units, 0);
  if (n === 0) return null;
  const errors = used.reduce((sum, c) => sum + c.errors, 0);
  const r = errors / units;
  const estimate = clampUnit(1 - r);
  const base = { estimate, errorRate: r, clusters: n, units };
  if (n < 2) return { ...base, standardError: null, lower: null, upper: null, note: 'fewer_than_two_clusters' };

  const meanUnits = units / n;
  const squaredResiduals = used.reduce((sum, c) => sum + (c.errors - r * c.units) ** 2, 0);
  const fpc = options.populationClusters === undefined ? 1 : finitePopulationCorrection(n, options.populationClusters);
  const variance = (fpc * squaredResiduals) / (n * (n - 1) * meanUnits * meanUnits);
  return { ...base, ...ratioBounds(r, Math.sqrt(variance), units, errors, z) };
}

/**
 * 1 − r ± z·se, clamped to [0, 1]. Where se is 0 (all records equally right — 4 of 4 codes in two
 * records) that interval has zero width, which no sample of that size can justify; the bounds then
 * come from Wilson on the codes as if independent (design effect 1), the least we can honestly say.
 */
export function ratioBounds(
  r: number,
  standardError: number,
  units: number,
  errors: number,
  z: number,
): Pick<ClusterRatioInterval, 'standardError' | 'lower' | 'upper' | 'note'> {
  if (standardError > 0) {
    return {
      standardError,
      lower: clampUnit(1 - r - z * standardError),
      upper: clampUnit(1 - r + z * standardError),
      note: null,
    };
  }
  const wilson = wilsonInterval(Math.max(0, units - errors), units, z);
  return {
    standardError,
    lower: wilson?.lower ?? null,
    upper: wilson?.upper ?? null,
    note: 'no_spread_between_records',
  };
}

function finitePopulationCorrection(n: number, populationClusters: number): number {
  if (!(populationClusters >= n)) {
    throw new RangeError(`population (${populationClusters}) cannot hold fewer records than the sample (${n})`);
  }
  return 1 - n / populationClusters;
}
