import type { FindingStatus, FindingType, ScoredFinding, ScoringSettings } from './types';

/** Stored with every score so a number can always be recomputed and explained; bump on any rule change. */
// /2: code accuracy's denominator is weighted like its errors (a principal code counts the principal weight).
export const SCORING_METHOD_VERSION = 'recode-score/2';

export const DEFAULT_SCORING_SETTINGS: Readonly<ScoringSettings> = Object.freeze({
  principalWeight: 2,
  otherWeight: 1,
});

/** Withdrawn and overturned findings were never errors; they count for nothing, anywhere. */
export const VOID_STATUSES: readonly FindingStatus[] = ['withdrawn', 'overturned'];
/** While a finding sits in one of these, the score may still move: it is preliminary. */
export const UNSETTLED_STATUSES: readonly FindingStatus[] = ['open', 'disputed', 'escalated'];

/**
 * Audits whose reviewed records count toward scores and the dashboard: in review (preliminary, shown as
 * such), released and final. Drafts and audits still sampling count for nothing.
 */
export const COUNTED_AUDIT_STATUSES = ['in_review', 'released', 'final'] as const;

/** Types that change which code is principal; a POA, modifier or units slip on the principal line leaves it in place. */
export const PRINCIPAL_CHANGE_TYPES: readonly FindingType[] = [
  'added',
  'deleted',
  'revised',
  'resequenced',
  'em_level_changed',
];

/** Whether a finding stands (is not void). */
export function findingStands(finding: Pick<ScoredFinding, 'status'>): boolean {
  return !VOID_STATUSES.includes(finding.status);
}

/** Whether a finding counts against the coder's code and record accuracy. */
export function countsAgainstCoder(finding: Pick<ScoredFinding, 'status' | 'rootCause'>): boolean {
  return finding.rootCause === 'coder' && findingStands(finding);
}

/**
 * The weight a finding adds to weighted errors. drg_changed adds nothing: the DRG follows from the
 * codes, whose findings already count, and it is scored by DRG accuracy instead.
 */
export function findingWeight(finding: Pick<ScoredFinding, 'type' | 'principal'>, settings: ScoringSettings): number {
  if (finding.type === 'drg_changed') return 0;
  return finding.principal && PRINCIPAL_CHANGE_TYPES.includes(finding.type)
    ? settings.principalWeight
    : settings.otherWeight;
}

/**
 * The weight of the codes reviewed: each counts what an error on it would weigh, so a principal code counts
 * the principal weight. Code accuracy is 1 − weighted errors / weighted codes; with errors weighted and codes
 * not, one missed first-listed diagnosis on a record whose CPT line was right scored 0%.
 */
export function codeWeight(
  record: { codesReviewed: number; principalCodes: number },
  settings: ScoringSettings,
): number {
  const principal = Math.min(record.principalCodes, record.codesReviewed);
  return principal * settings.principalWeight + (record.codesReviewed - principal) * settings.otherWeight;
}
