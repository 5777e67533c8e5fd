import type { FindingCategory, FindingDirection, FindingStatus, FindingType, RootCause } from '@recode/domain';

/** draft → sampling → in_review → released → final. `sampling → draft` only when the sampling job fails. */
export const AUDIT_STATUSES = ['draft', 'sampling', 'in_review', 'released', 'final'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/** Every legal move; anything else is 409 AUDIT_ILLEGAL_TRANSITION. */
export const AUDIT_TRANSITIONS: Readonly<Record<AuditStatus, readonly AuditStatus[]>> = {
  draft: ['sampling'],
  sampling: ['in_review', 'draft'],
  in_review: ['released'],
  released: ['final'],
  final: [],
};

/** The moves a person asks for (POST /api/audits/:id/transitions); the others are made by the sampling job. */
export const REQUESTABLE_AUDIT_TRANSITIONS = ['sampling', 'released', 'final'] as const;
export type RequestableAuditTransition = (typeof REQUESTABLE_AUDIT_TRANSITIONS)[number];

/**
 * assigned: on an auditor's worklist, untouched; in_progress: saved at least once; reviewed: complete,
 * every finding classified; unreviewable: the record could not be reviewed (a spare replaces it);
 * spare: drawn as a spare and not (yet) used.
 */
export const AUDIT_ITEM_STATUSES = ['assigned', 'in_progress', 'reviewed', 'unreviewable', 'spare'] as const;
export type AuditItemStatus = (typeof AUDIT_ITEM_STATUSES)[number];

export const FINDING_TYPES = [
  'added',
  'deleted',
  'revised',
  'resequenced',
  'poa_changed',
  'modifier_changed',
  'drg_changed',
  'em_level_changed',
  'units_changed',
] as const satisfies readonly FindingType[];
export const FINDING_CATEGORIES = [
  'principal_dx',
  'secondary_dx',
  'pcs',
  'cpt',
  'hcpcs',
  'modifier',
  'units',
  'em_level',
  'poa',
  'drg',
] as const satisfies readonly FindingCategory[];
export const ROOT_CAUSES = [
  'coder',
  'documentation',
  'system',
  'guideline_ambiguity',
] as const satisfies readonly RootCause[];
export const FINDING_IMPACTS = ['financial', 'compliance', 'data_quality'] as const;
export type FindingImpact = (typeof FINDING_IMPACTS)[number];
export const FINDING_DIRECTIONS = ['over', 'under', 'neutral'] as const satisfies readonly FindingDirection[];
export const FINDING_STATUSES = [
  'open',
  'disputed',
  'escalated',
  'agreed',
  'upheld',
  'withdrawn',
  'overturned',
] as const satisfies readonly FindingStatus[];
export const REFERENCE_KINDS = [
  'guidelines',
  'coding_clinic',
  'cpt_assistant',
  'ncci',
  'pcs_guidelines',
  'other',
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** The source each reference kind names, on the screens and in the printed report. */
export const REFERENCE_KIND_LABELS: Readonly<Record<ReferenceKind, string>> = {
  guidelines: 'ICD-10-CM Official Guidelines',
  coding_clinic: 'Coding Clinic',
  cpt_assistant: 'CPT Assistant',
  ncci: 'NCCI policy manual / edits',
  pcs_guidelines: 'ICD-10-PCS Official Guidelines',
  other: 'Other',
};

/** "Coding Clinic 1Q 2017 p.47": a citation with its source, unless the citation already names it. */
export function referenceText(reference: { kind: ReferenceKind; citation: string } | null): string | null {
  if (!reference) return null;
  const source = REFERENCE_KIND_LABELS[reference.kind];
  if (reference.kind === 'other' || reference.citation.toLowerCase().startsWith(source.toLowerCase()))
    return reference.citation;
  return `${source} ${reference.citation}`;
}

export type { FindingCategory, FindingDirection, FindingStatus, FindingType, RootCause };

/** The code systems an audited code line can carry (DRG is a separate field). */
export const AUDIT_CODE_SYSTEMS = ['ICD10CM', 'ICD10PCS', 'CPT', 'HCPCS'] as const;
export type AuditLineSystem = (typeof AUDIT_CODE_SYSTEMS)[number];

/** Stable error codes of the audit module (see ErrorBody); branch on these, never on messages. */
export const AUDIT_ERROR_CODES = [
  'AUDIT_NOT_FOUND',
  'AUDIT_PLAN_NOT_FOUND',
  'AUDIT_PLAN_VERSION_CONFLICT',
  'AUDIT_ITEM_NOT_FOUND',
  'AUDIT_FINDING_NOT_FOUND',
  'AUDIT_ILLEGAL_TRANSITION',
  'AUDIT_TRANSITION_FORBIDDEN',
  'AUDIT_ITEMS_UNREVIEWED',
  'AUDIT_REBUTTAL_WINDOW_OPEN',
  'AUDIT_FINDINGS_UNSETTLED',
  'AUDIT_NOT_IN_REVIEW',
  'ITEM_VERSION_CONFLICT',
  'ITEM_NOT_ASSIGNED_TO_YOU',
  'ITEM_NOT_EDITABLE',
  'FINDING_UNCLASSIFIED',
  'FINDING_KEY_UNKNOWN',
  'PLAN_SCOPE_EMPTY',
  'PLAN_SCOPE_EMPTY_AFTER_EXCLUSION',
  'PLAN_SCOPE_EMPTY_AFTER_RULES',
  'PLAN_TEAM_OUT_OF_SCOPE',
  'PLAN_CODER_UNKNOWN',
  'PLAN_AUDITOR_UNKNOWN',
  'PLAN_RULE_INVALID',
  'PLAN_SCHEDULE_NEEDS_PERIOD',
  'SAMPLE_LARGER_THAN_FRAME',
  'SAMPLE_SIZE_INVALID',
  'SAMPLE_SEED_INVALID',
  'SAMPLING_FAILED',
  'NO_AUDITORS_AVAILABLE',
  'AUDIT_CODE_INVALID',
  'AUDIT_CODE_UNKNOWN',
  'AUDIT_DRG_UNKNOWN',
  'DRG_OVERRIDE_REASON_REQUIRED',
  'CODE_SET_NOT_LOADED',
  'NOTIFICATION_NOT_FOUND',
  'AUDITOR_IS_CODER',
  'AUDIT_NOT_RELEASED',
  'APPRAISAL_NO_PAYMENT_DATA',
  'APPRAISAL_FRAME_UNKNOWN',
  'RATSTATS_INPUT_INVALID',
  'AUDIT_NOT_RATSTATS',
] as const;
export type AuditErrorCode = (typeof AUDIT_ERROR_CODES)[number];

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface CoderRef {
  id: string;
  externalId: string;
  displayName: string;
  teamId: string | null;
}
