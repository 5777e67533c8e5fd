import { z } from 'zod';
import {
  AUDIT_CODE_SYSTEMS,
  FINDING_DIRECTIONS,
  FINDING_IMPACTS,
  REFERENCE_KINDS,
  ROOT_CAUSES,
  type AuditLineSystem,
  type FindingCategory,
  type FindingDirection,
  type FindingImpact,
  type FindingStatus,
  type FindingType,
  type ReferenceKind,
  type RootCause,
} from './common';
import type { AuditItemDto, EncounterRefDto } from './audit';
import type { AuditStatus } from './common';

/** One line of the auditor's final code set. Codes may carry dots and lower case; they are stored normalised (E11.9 → E119). */
export const auditCodeLineInputSchema = z.object({
  system: z.enum(AUDIT_CODE_SYSTEMS),
  code: z.string().trim().min(1, 'is required').max(16),
  /** Order within the system: diagnosis 1 is the principal / first-listed. */
  sequence: z.number().int().min(1).max(999),
  principal: z.boolean().default(false),
  poa: z.string().trim().max(1).nullable().default(null),
  modifiers: z.array(z.string().trim().min(1).max(2)).max(4).default([]),
  units: z.number().int('must be a whole number').min(1).max(9999).nullable().default(null),
});
export type AuditCodeLineInput = z.infer<typeof auditCodeLineInputSchema>;

export const findingReferenceSchema = z.object({
  kind: z.enum(REFERENCE_KINDS),
  /** e.g. "I.C.4.a.6" (Official Guidelines section) or "Coding Clinic Q3 2024 p.12". */
  citation: z.string().trim().min(1).max(200),
});
export type FindingReference = z.infer<typeof findingReferenceSchema>;

/** The auditor's classification of one finding. */
export const findingClassificationSchema = z.object({
  rootCause: z.enum(ROOT_CAUSES),
  impact: z.enum(FINDING_IMPACTS),
  direction: z.enum(FINDING_DIRECTIONS),
  rationale: z.string().trim().min(1, 'is required').max(4000),
  reference: findingReferenceSchema.nullable().default(null),
});
export type FindingClassification = z.infer<typeof findingClassificationSchema>;

/**
 * PUT /api/audits/:auditId/items/:itemId/review. Replaces the auditor's final codes and DRG; findings
 * are re-derived from the difference. A finding keeps its id and classification while its key (type,
 * system, code before → after) is unchanged. `complete: true` marks the item reviewed and requires every
 * finding to be classified. A stale `version` gets 409 ITEM_VERSION_CONFLICT with the newer version.
 */
export const saveReviewRequestSchema = z.object({
  version: z.number().int().min(1),
  codes: z.array(auditCodeLineInputSchema).max(300),
  /**
   * An override of the MS-DRG (inpatient), with drgOverrideReason; null = none. Absent (the normal case): the
   * DRG is the grouper's on the auditor's codes, or the coder's when the grouper cannot group them.
   */
  drg: z.string().trim().max(3).nullable().optional(),
  drgOverrideReason: z.string().trim().max(1000).optional(),
  /** The grouper's inputs when the encounter lacks them (the review panel's fields); each defaults to the encounter's. */
  grouperInputs: z
    .object({
      age: z.number().int().min(0).max(150).nullable().optional(),
      sex: z.enum(['M', 'F', 'U']).nullable().optional(),
      dischargeStatus: z.number().int().min(0).max(99).nullable().optional(),
    })
    .optional(),
  classifications: z
    .array(findingClassificationSchema.extend({ key: z.string().min(1).max(200) }))
    .max(300)
    .default([]),
  complete: z.boolean().default(false),
});
export type SaveReviewRequest = z.infer<typeof saveReviewRequestSchema>;

/** PATCH a single finding's classification; `version` is the item's. */
export const classifyFindingRequestSchema = findingClassificationSchema
  .partial()
  .extend({ version: z.number().int().min(1) });
export type ClassifyFindingRequest = z.infer<typeof classifyFindingRequestSchema>;

export interface ClassifyFindingResponse {
  finding: FindingDto;
  /** The item's new version, for the next change. */
  itemVersion: number;
}

/** How a line compares with the other side: same, changed (POA, modifiers, units, order) or only on this side. */
export type LineDiff = 'same' | 'changed' | 'removed' | 'added';

export interface ReviewCodeLineDto {
  system: AuditLineSystem;
  code: string;
  /** From the code set of the encounter's year; null when the code is not in it (or CPT without a customer file). */
  description: string | null;
  sequence: number;
  principal: boolean;
  poa: string | null;
  modifiers: string[];
  units: number | null;
  diff: LineDiff;
  /** ICD-10-CM only: on the CDC POA-exempt list of the encounter's fiscal year (blank POA is then right). */
  poaExempt: boolean;
}

export interface DrgDto {
  drg: string;
  title: string | null;
  weight: number | null;
}

export interface FindingDto {
  id: string;
  /** Stable while the difference stays the same across saves: "revised|ICD10CM|E119|E1165". */
  key: string;
  auditId: string;
  itemId: string;
  ordinal: number;
  type: FindingType;
  category: FindingCategory;
  system: AuditLineSystem | 'MSDRG';
  codeBefore: string | null;
  codeAfter: string | null;
  principal: boolean;
  poaBefore: string | null;
  poaAfter: string | null;
  modifiersBefore: string[] | null;
  modifiersAfter: string[] | null;
  unitsBefore: number | null;
  unitsAfter: number | null;
  suggestedDirection: FindingDirection;
  rootCause: RootCause | null;
  impact: FindingImpact | null;
  direction: FindingDirection;
  rationale: string | null;
  reference: (FindingReference & { kind: ReferenceKind }) | null;
  /** The code-set year the finding (and its reference) is judged against. */
  fiscalYear: number;
  drgBefore: string | null;
  drgAfter: string | null;
  /** DRG findings: 'grouper' (regrouped from the auditor's codes) or 'override' (typed, with drgOverrideReason). */
  drgSource: 'grouper' | 'override' | null;
  /** DRG findings: the secondary diagnoses that made the regrouped DRG "with MCC/CC". */
  drgDrivers: string[] | null;
  drgOverrideReason: string | null;
  weightBefore: number | null;
  weightAfter: number | null;
  weightDelta: number | null;
  /** Δweight × base rate, money, after − before: negative = the claim was overpaid. */
  paymentDelta: number | null;
  baseRate: number | null;
  status: FindingStatus;
  classified: boolean;
  updatedAt: string;
}

export interface CodeSetUsedDto {
  system: AuditLineSystem | 'MSDRG';
  /** e.g. "ICD-10-CM FY2026"; null when no set of the encounter's year is loaded. */
  label: string | null;
  fiscalYear: number | null;
  /** Set when another set stood in for the date's own (HCPCS: "HCPCS 2025 Q4 used: no HCPCS set is loaded for 2018 Q1…"). */
  note?: string;
}

/** GET /api/audits/:auditId/items/:itemId: everything the review screen shows, side by side. */
export interface AuditItemReviewDto {
  item: AuditItemDto;
  encounter: EncounterRefDto & {
    payer: string | null;
    admissionDate: string | null;
    dischargeDate: string | null;
    serviceDate: string | null;
  };
  codeSets: CodeSetUsedDto[];
  coderCodes: ReviewCodeLineDto[];
  /** The coder's codes until the auditor first saves (auditorCodesSaved false). */
  auditorCodes: ReviewCodeLineDto[];
  auditorCodesSaved: boolean;
  coderDrg: DrgDto | null;
  auditorDrg: DrgDto | null;
  /** Where auditorDrg came from (null before the first save): the grouper, an override, or the billed DRG when the grouper could not group. */
  auditorDrgSource: 'grouper' | 'override' | 'billed' | null;
  drgOverrideReason: string | null;
  /** The grouper's inputs stored on the encounter at import (the review panel starts from them). */
  grouperInputs: { age: number | null; sex: 'M' | 'F' | 'U' | null; dischargeStatus: number | null };
  /** The grouper's DRG at import beside the billed one (null: not grouped, or no grouper for the year). */
  importGrouper: {
    drg: string | null;
    version: string | null;
    returnCode: string | null;
    message: string | null;
    missing: string[];
  } | null;
  findings: FindingDto[];
  /** Whether the signed-in user may change this item (its auditor, while the audit is in review). */
  editable: boolean;
  /** What the import's pre-audit check flagged on this encounter version (issue codes such as POA_MISSING). */
  importFlags: string[];
  flagged: boolean;
  /** The audit's status: released and final audits are read only and their findings carry dispute outcomes. */
  auditStatus: AuditStatus;
}

/** GET /api/audits/:auditId/items/:itemId/poa-exempt?codes=A,B: which of the ICD-10-CM codes are POA-exempt in the encounter's year. */
export const poaExemptQuerySchema = z.object({
  codes: z
    .string()
    .trim()
    .min(1, 'name at least one code')
    .max(2000)
    .transform((v) =>
      v
        .split(',')
        .map((c) => c.trim().toUpperCase().replace(/\./g, ''))
        .filter(Boolean)
        .slice(0, 300),
    ),
});
export type PoaExemptQuery = z.infer<typeof poaExemptQuerySchema>;

export interface PoaExemptDto {
  fiscalYear: number;
  exempt: string[];
}

/** Released findings on the signed-in coder's own records (GET /api/feedback/findings). */
export interface CoderFindingDto extends FindingDto {
  auditName: string;
  releasedAt: string | null;
  encounterExternalId: string;
  encounterDate: string;
}
