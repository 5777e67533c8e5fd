export type {
  AuditCodeLine,
  AuditCodeSystem,
  CareSetting,
  FindingCategory,
  FindingDirection,
  FindingDraft,
  FindingStatus,
  FindingType,
  RecordUnderReview,
  RootCause,
  ScoredFinding,
  ScoredRecord,
  ScoringSettings,
} from './types';
export {
  codeWeight,
  countsAgainstCoder,
  DEFAULT_SCORING_SETTINGS,
  findingStands,
  findingWeight,
  SCORING_METHOD_VERSION,
  COUNTED_AUDIT_STATUSES,
  PRINCIPAL_CHANGE_TYPES,
  UNSETTLED_STATUSES,
  VOID_STATUSES,
} from './scoring-settings';
export { countCodesReviewed, countPrincipalCodes } from './code-lines';
export { CATEGORY_LABELS, categoryLabel, FINDING_TYPE_LABELS, ROOT_CAUSE_LABELS } from './finding-labels';
export { EM_FAMILIES, emLevelOf, type EmFamily } from './em-families';
export { pairRevisions, type PairingRule, type RevisionPair } from './pair-revisions';
export { deriveFindings } from './derive-findings';
export { findingKey, keyFindings, type FindingKeyParts, type KeyedFindingDraft } from './finding-keys';
export { drgPaymentDelta, roundTo, type DrgPaymentDelta } from './payment';
export {
  codeClusters,
  perRecordCodeStats,
  scoreRecords,
  scoreRecordsByCoder,
  type CategoryRate,
  type PaymentTotals,
  type RecordCodeStats,
  type RecordsScore,
} from './score-records';
