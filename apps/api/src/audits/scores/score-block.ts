import type { RateWithIntervalDto, ScoreBlockDto } from '@recode/contracts';
import { clusterRatioInterval, isTooSmallToTell, perRecordCodeStats, scoreRecords, wilsonInterval, type ScoredRecord, type ScoringSettings } from '@recode/domain';

function wilsonRate(successes: number, n: number): RateWithIntervalDto {
  const interval = wilsonInterval(successes, n);
  return { estimate: interval?.estimate ?? null, lower: interval?.lower ?? null, upper: interval?.upper ?? null, n, method: 'wilson', note: null };
}

/**
 * One score with its intervals: code accuracy by the cluster ratio estimator (the record is the unit:
 * codes of one chart are not independent), record and DRG accuracy by Wilson. Every rate carries its n.
 */
export function scoreBlock(records: readonly ScoredRecord[], settings: ScoringSettings, target: number): ScoreBlockDto {
  const score = scoreRecords(records, settings);
  const clusters = perRecordCodeStats(records, settings).map((r) => ({ units: r.codes, errors: r.weightedErrors }));
  const code = clusterRatioInterval(clusters);
  const drgUnchanged = score.drgAccuracy === null ? 0 : Math.round(score.drgAccuracy * score.inpatientRecordsReviewed);
  const recordsRight = score.recordsReviewed - score.recordsWithError;
  const check = score.recordsReviewed > 0 ? isTooSmallToTell({ successes: recordsRight, n: score.recordsReviewed, target }) : null;
  return {
    codeAccuracy: {
      estimate: score.codeAccuracy,
      lower: code?.lower ?? null,
      upper: code?.upper ?? null,
      n: score.codesReviewed,
      clusters: code?.clusters ?? 0,
      method: 'cluster-ratio',
      note: code?.note ?? (code === null ? 'no_codes_reviewed' : null),
    },
    recordAccuracy: wilsonRate(recordsRight, score.recordsReviewed),
    drgAccuracy: wilsonRate(drgUnchanged, score.inpatientRecordsReviewed),
    codesReviewed: score.codesReviewed,
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
