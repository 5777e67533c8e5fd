import { clampUnit, Z_95 } from './types';
import { ratioBounds, type ClusterRatioInterval, type ErrorCluster } from './cluster-ratio';

/**
 * The sufficient statistics of the cluster ratio estimator. They add up across groups (months,
 * coders), so an interval over a year can be built from stored monthly sums without the records.
 */
export interface ClusterSums {
  /** Clusters (records) with at least one unit; records without units add nothing to the estimator. */
  clusters: number;
  units: number;
  errors: number;
  errorsSquared: number;
  unitsSquared: number;
  errorsTimesUnits: number;
}

export const EMPTY_CLUSTER_SUMS: Readonly<ClusterSums> = Object.freeze({
  clusters: 0,
  units: 0,
  errors: 0,
  errorsSquared: 0,
  unitsSquared: 0,
  errorsTimesUnits: 0,
});

export function clusterSums(clusters: readonly ErrorCluster[]): ClusterSums {
  return clusters
    .filter((c) => c.units > 0)
    .reduce<ClusterSums>(
      (s, c) => ({
        clusters: s.clusters + 1,
        units: s.units + c.units,
        errors: s.errors + c.errors,
        errorsSquared: s.errorsSquared + c.errors * c.errors,
        unitsSquared: s.unitsSquared + c.units * c.units,
        errorsTimesUnits: s.errorsTimesUnits + c.errors * c.units,
      }),
      { ...EMPTY_CLUSTER_SUMS },
    );
}

export function addClusterSums(a: ClusterSums, b: ClusterSums): ClusterSums {
  return {
    clusters: a.clusters + b.clusters,
    units: a.units + b.units,
    errors: a.errors + b.errors,
    errorsSquared: a.errorsSquared + b.errorsSquared,
    unitsSquared: a.unitsSquared + b.unitsSquared,
    errorsTimesUnits: a.errorsTimesUnits + b.errorsTimesUnits,
  };
}

/**
 * clusterRatioInterval from sums: Σ(eᵢ − r·uᵢ)² expands to Σe² − 2r·Σeu + r²·Σu², so the same
 * linearisation variance (Cochran §6.9) follows without the individual records. No finite population
 * correction: the dashboard pools records across audits with different frames.
 */
export function clusterRatioFromSums(sums: ClusterSums, z: number = Z_95): ClusterRatioInterval | null {
  const { clusters: n, units, errors } = sums;
  if (n === 0 || units <= 0) return null;
  const r = errors / units;
  const base = { estimate: clampUnit(1 - r), errorRate: r, clusters: n, units };
  if (n < 2) return { ...base, standardError: null, lower: null, upper: null, note: 'fewer_than_two_clusters' };
  // Float cancellation leaves dust (±1e-15 relative) where the exact value is 0 (every record has the
  // same rate); read that as 0, so the no-spread case is recognised as such.
  const scale = sums.errorsSquared + r * r * sums.unitsSquared;
  const raw = sums.errorsSquared - 2 * r * sums.errorsTimesUnits + r * r * sums.unitsSquared;
  const squaredResiduals = raw <= 1e-12 * scale ? 0 : raw;
  const meanUnits = units / n;
  const standardError = Math.sqrt(squaredResiduals / (n * (n - 1) * meanUnits * meanUnits));
  return { ...base, ...ratioBounds(r, standardError, units, errors, z) };
}
