import type { IntervalDto, TargetedFindingsDto } from '@recode/contracts';
import {
  addClusterSums,
  codeAccuracyFromSums,
  EMPTY_CLUSTER_SUMS,
  recordAccuracyInterval,
  stratifiedCodeAccuracy,
  stratifiedRecordAccuracy,
  type AccuracyEstimate,
  type ClusterSums,
} from '@recode/domain';
import type { CoderMonthRow } from './coder-month-row';

export const sumsOf = (r: CoderMonthRow): ClusterSums => ({
  clusters: r.clusters,
  units: r.weightedCodes,
  errors: r.weightedErrors,
  errorsSquared: r.errorsSquared,
  unitsSquared: r.unitsSquared,
  errorsTimesUnits: r.errorsTimesUnits,
});

function dto(e: AccuracyEstimate, preliminary: boolean): IntervalDto {
  return {
    estimate: e.estimate,
    lower: e.lower,
    upper: e.upper,
    n: e.n,
    method: e.method,
    population: e.population,
    status: e.status,
    reason: e.reason,
    preliminary,
  };
}

/** Every coder-month with records knows its population, and the population holds the sample: stratify. */
function stratifiable(rows: readonly CoderMonthRow[]): boolean {
  const used = rows.filter((r) => r.recordsReviewed > 0);
  return used.length > 0 && used.every((r) => r.population !== null && r.population >= r.recordsReviewed);
}

/**
 * Record and code accuracy over coder-month rows. With populations, a stratified estimate with each
 * coder-month as a stratum weighted by its population share (a coder with 2,000 records counts ten times one
 * with 200); without (the record-rows path, or rows from before populations were stored), the pooled
 * sample with Clopper–Pearson and Korn–Graubard limits. Both methods are named in the answer.
 */
export function accuracyOf(rows: readonly CoderMonthRow[]): {
  record: IntervalDto;
  code: IntervalDto & { clusters: number };
} {
  const used = rows.filter((r) => r.recordsReviewed > 0);
  const preliminary = used.some((r) => r.preliminary);
  const sums = used.reduce((acc, r) => addClusterSums(acc, sumsOf(r)), { ...EMPTY_CLUSTER_SUMS });
  const codes = used.reduce((s, r) => s + r.codesReviewed, 0);
  if (stratifiable(used)) {
    const label = (r: CoderMonthRow): string => `${r.coderId} ${r.month}`;
    const record = stratifiedRecordAccuracy(
      used.map((r) => ({
        label: label(r),
        population: r.population!,
        reviewed: r.recordsReviewed,
        right: r.recordsReviewed - r.recordsWithError,
      })),
    );
    const withCodes = used.filter((r) => r.clusters > 0);
    const code = withCodes.length
      ? stratifiedCodeAccuracy(withCodes.map((r) => ({ label: label(r), population: r.population!, sums: sumsOf(r) })))
      : codeAccuracyFromSums(sums);
    return { record: dto(record, preliminary), code: { ...dto(code, preliminary), n: codes, clusters: sums.clusters } };
  }
  const records = used.reduce((s, r) => s + r.recordsReviewed, 0);
  const right = records - used.reduce((s, r) => s + r.recordsWithError, 0);
  return {
    record: dto(recordAccuracyInterval(right, records), preliminary),
    code: { ...dto(codeAccuracyFromSums(sums), preliminary), n: codes, clusters: sums.clusters },
  };
}

export function targetedOf(rows: readonly CoderMonthRow[]): TargetedFindingsDto {
  return {
    recordsReviewed: rows.reduce((s, r) => s + r.targetedRecordsReviewed, 0),
    recordsWithError: rows.reduce((s, r) => s + r.targetedRecordsWithError, 0),
  };
}
