import { z } from 'zod';
import type { EncounterSettingCode } from '../encounters';
import {
  AUDIT_ITEM_STATUSES,
  AUDIT_STATUSES,
  REQUESTABLE_AUDIT_TRANSITIONS,
  type AuditItemStatus,
  type AuditStatus,
  type CoderRef,
  type FindingType,
  type PersonRef,
  type RootCause,
} from './common';
import type { PlanMethod, PlanRules, PlanScope } from './plans';

/** What the audit was drawn with, frozen when sampling started: redraw = same frame + this. */
export interface AuditPlanSnapshot {
  planId: string | null;
  scope: PlanScope;
  /** The dates the scope resolved to when the run started. */
  period: { from: string | null; to: string | null };
  method: PlanMethod;
  rules: PlanRules | null;
  /** Coder lists resolved for newCoders / codersBelowTarget rules at the start of the run. */
  resolvedCoderLists: Record<string, string[]>;
  spares: number;
  exclusionWindowDays: number;
  dueInDays: number;
  auditorIds: string[];
}

export interface AuditProgressDto {
  /** Sample items (spares not counted until used). */
  total: number;
  assigned: number;
  inProgress: number;
  reviewed: number;
  unreviewable: number;
  sparesLeft: number;
}

export interface AuditDto {
  id: string;
  name: string;
  planId: string | null;
  status: AuditStatus;
  teamIds: string[];
  /** Always stored: the seed given, or the one generated when sampling started. */
  seed: string | null;
  /** The generator, e.g. "xoshiro128**\/cyrb128/v1". */
  algorithm: string | null;
  frameSize: number | null;
  scopeSize: number | null;
  excludedCount: number | null;
  filteredOutCount: number | null;
  /** sha256 of the sorted frame ids: two audits with the same hash drew from the same frame. */
  frameHash: string | null;
  sampleSize: number;
  spareCount: number;
  dueDate: string | null;
  rebuttalDueAt: string | null;
  /** Why the last sampling attempt failed (the audit is back in draft). */
  samplingError: { code: string; message: string; details: unknown } | null;
  plan: AuditPlanSnapshot;
  progress: AuditProgressDto;
  findingsSummary: {
    total: number;
    unclassified: number;
    byType: Partial<Record<FindingType, number>>;
    byRootCause: Partial<Record<RootCause, number>>;
  };
  createdBy: PersonRef | null;
  createdAt: string;
  sampledAt: string | null;
  releasedAt: string | null;
  finalizedAt: string | null;
}

export type AuditSummaryDto = Omit<AuditDto, 'plan' | 'findingsSummary' | 'samplingError'>;

export const auditListQuerySchema = z.object({
  status: z.enum(AUDIT_STATUSES).optional(),
  planId: z.string().uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditListQuery = z.infer<typeof auditListQuerySchema>;

export const auditTransitionRequestSchema = z.object({ to: z.enum(REQUESTABLE_AUDIT_TRANSITIONS) });
export type AuditTransitionRequest = z.infer<typeof auditTransitionRequestSchema>;

export interface EncounterRefDto {
  encounterId: string;
  versionId: string;
  externalId: string;
  setting: EncounterSettingCode;
  facility: string | null;
  encounterDate: string;
  fiscalYear: number;
}

export interface AuditItemDto {
  id: string;
  auditId: string;
  status: AuditItemStatus;
  /** Position in the draw (per stratum for stratified plans); spares continue after the sample. */
  drawOrder: number;
  stratum: string;
  /** Optimistic lock: send it back with every change. */
  version: number;
  dueDate: string | null;
  auditor: PersonRef | null;
  coder: CoderRef;
  encounter: EncounterRefDto;
  findingsCount: number;
  replacesItemId: string | null;
  replacedByItemId: string | null;
  unreviewableReason: string | null;
  reviewedAt: string | null;
  updatedAt: string;
}

export const auditItemListQuerySchema = z.object({
  status: z.enum(AUDIT_ITEM_STATUSES).optional(),
  includeSpares: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type AuditItemListQuery = z.infer<typeof auditItemListQuerySchema>;

export interface WorklistItemDto extends AuditItemDto {
  auditName: string;
  overdue: boolean;
}

export const worklistQuerySchema = z.object({
  /** Default: open work (assigned + in_progress). */
  status: z.enum(['open', 'reviewed', 'all']).default('open'),
});
export type WorklistQuery = z.infer<typeof worklistQuerySchema>;

export const markUnreviewableRequestSchema = z.object({
  version: z.number().int().min(1),
  reason: z.string().trim().min(3, 'say why the record cannot be reviewed').max(1000),
});
export type MarkUnreviewableRequest = z.infer<typeof markUnreviewableRequestSchema>;

export interface MarkUnreviewableResponse {
  item: AuditItemDto;
  /** The spare that took its place (next in draw order of the same stratum); null when none was left. */
  replacement: AuditItemDto | null;
}

/** POST /api/audits/:auditId/items/:itemId/reassign (admin, supervisor): give an open record to another auditor. */
export const reassignItemRequestSchema = z.object({
  version: z.number().int().min(1),
  auditorId: z.string().uuid('choose an auditor'),
});
export type ReassignItemRequest = z.infer<typeof reassignItemRequestSchema>;

/** GET /api/audits/:id/report?coderId= (admin, supervisor): the printable PDF report, of the audit or of one coder in it. */
export const auditReportQuerySchema = z.object({ coderId: z.string().uuid('must be a coder id').optional() });
export type AuditReportQuery = z.infer<typeof auditReportQuerySchema>;

export const exportPartSchema = z.object({ part: z.enum(['items', 'findings', 'scores']).default('findings') });
export type ExportPart = z.infer<typeof exportPartSchema>['part'];
