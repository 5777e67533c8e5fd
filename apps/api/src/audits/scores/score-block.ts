import type { RateWithIntervalDto, ScoreBlockDto } from '@recode/contracts';
import {
  clusterSums,
  codeAccuracyFromSums,
  isTooSmallToTell,
  codeClusters,
  recordAccuracyInterval,
  scoreRecords,
  type AccuracyEstimate,
  type ScoredRecord,
  type ScoringSettings,
} from '@recode/domain';

/** An estimate as the API shows it: the interval, its method and its n (of N). */
export function rateOf(e: AccuracyEstimate, clusters?: number): RateWithIntervalDto {
  return {
    estimate: e.estimate,
    lower: e.lower,
    upper: e.upper,
    n: e.n,
    ...(clusters === undefined ? {} : { clusters }),
    method: e.method,
    population: e.population,
    status: e.status,
    note: e.reason,
  };
}

/**
 * One score with its intervals (methods chosen by bench:coverage, docs/statistics.md): code accuracy by the
 * cluster ratio estimator with Korn–Graubard limits (the record is the unit: codes of one chart are not
 * independent), record accuracy by Clopper–Pearson, or exact hypergeometric limits when the records came
 * from a known population of `population` records (all reviewed: the observed rate). Every rate carries its n.
 */
export function scoreBlock(
  records: readonly ScoredRecord[],
  settings: ScoringSettings,
  target: number,
  population: number | null = null,
): ScoreBlockDto {
  const score = scoreRecords(records, settings);
  const sums = clusterSums(codeClusters(records, settings));
  // Records without codes are not clusters; the population then cannot be compared with the cluster count.
  const codePopulation = population !== null && sums.clusters === score.recordsReviewed ? population : null;
  const code = codeAccuracyFromSums(sums, codePopulation);
  const drgUnchanged = score.drgAccuracy === null ? 0 : Math.round(score.drgAccuracy * score.inpatientRecordsReviewed);
  const recordsRight = score.recordsReviewed - score.recordsWithError;
  const check =
    score.recordsReviewed > 0
      ? isTooSmallToTell({ successes: recordsRight, n: score.recordsReviewed, target, population })
      : null;
  return {
    codeAccuracy: { ...rateOf(code, sums.clusters), estimate: score.codeAccuracy, n: score.codesReviewed },
    recordAccuracy: rateOf(recordAccuracyInterval(recordsRight, score.recordsReviewed, population)),
    drgAccuracy: rateOf(recordAccuracyInterval(drgUnchanged, score.inpatientRecordsReviewed)),
    codesReviewed: score.codesReviewed,
    weightedCodes: score.weightedCodes,
    recordsReviewed: score.recordsReviewed,
    inpatientRecordsReviewed: score.inpatientRecordsReviewed,
    weightedErrors: score.weightedErrors,
    recordsWithError: score.recordsWithError,
    overpayment: score.overpayment,
    underpayment: score.underpayment,
    ratesByCategory: score.ratesByCategory,
    nonCoderFindings: score.nonCoderFindings,
    preliminary: score.preliminary,
    sampleWarning: check?.tooSmall ? { message: check.message, recordsNeeded: check.needed } : null,
  };
}
