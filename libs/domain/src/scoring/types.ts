// Names carry an Audit/Scoring prefix where code-sets might export a plain one (e.g. CodeSystem),
// so the package barrel's `export *` never meets two members of the same name.
export type AuditCodeSystem = 'ICD10CM' | 'ICD10PCS' | 'CPT' | 'HCPCS';
export type CareSetting = 'inpatient' | 'outpatient' | 'ed' | 'profee';

export interface AuditCodeLine {
  system: AuditCodeSystem;
  code: string;
  sequence: number;
  /** Principal diagnosis / principal procedure (inpatient) or first-listed (other settings). */
  principal: boolean;
  poa?: string | null;
  modifiers?: string[];
  units?: number;
}

export interface RecordUnderReview {
  setting: CareSetting;
  coderCodes: AuditCodeLine[];
  auditorCodes: AuditCodeLine[];
  coderDrg?: string | null;
  auditorDrg?: string | null;
  drgWeightBefore?: number | null;
  drgWeightAfter?: number | null;
}

export type FindingType =
  | 'added'
  | 'deleted'
  | 'revised'
  | 'resequenced'
  | 'poa_changed'
  | 'modifier_changed'
  | 'drg_changed'
  | 'em_level_changed'
  | 'units_changed';

export type FindingCategory =
  'principal_dx' | 'secondary_dx' | 'pcs' | 'cpt' | 'hcpcs' | 'modifier' | 'units' | 'em_level' | 'poa' | 'drg';

export type FindingDirection = 'over' | 'under' | 'neutral';
export type RootCause = 'coder' | 'documentation' | 'system' | 'guideline_ambiguity';
/** open → (agreed | disputed → (withdrawn | upheld | escalated → (upheld | overturned))). */
export type FindingStatus = 'open' | 'disputed' | 'escalated' | 'agreed' | 'upheld' | 'withdrawn' | 'overturned';

/** A difference found by comparing the coder's and the auditor's codes, before the auditor adds root cause etc. */
export interface FindingDraft {
  type: FindingType;
  system: AuditCodeSystem | 'MSDRG';
  codeBefore: string | null;
  codeAfter: string | null;
  category: FindingCategory;
  /** True when the finding touches the principal / first-listed line on either side. */
  principal: boolean;
  /** A guess the auditor can overwrite: missing code → under, unsupported → over, lower weight or level → over. */
  suggestedDirection: FindingDirection;
  poaBefore?: string;
  poaAfter?: string;
  modifiersBefore?: string[];
  modifiersAfter?: string[];
  unitsBefore?: number;
  unitsAfter?: number;
  weightBefore?: number | null;
  weightAfter?: number | null;
}

export interface ScoringSettings {
  principalWeight: number;
  otherWeight: number;
}

export interface ScoredFinding {
  type: FindingType;
  category: FindingCategory;
  principal: boolean;
  rootCause: RootCause;
  status: FindingStatus;
  direction: FindingDirection;
  /** Money, signed as after − before (negative = the claim was overpaid). Put it on one finding per record. */
  paymentDelta?: number | null;
  weightDelta?: number | null;
}

export interface ScoredRecord {
  recordId: string;
  coderId: string;
  setting: CareSetting;
  /** Union of the coder's and the auditor's final codes (see countCodesReviewed). */
  codesReviewed: number;
  /** Of those, the codes on the principal / first-listed line of either side (see countPrincipalCodes). */
  principalCodes: number;
  drgChanged?: boolean;
  inpatient: boolean;
  findings: ScoredFinding[];
}
