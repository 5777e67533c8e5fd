import {
  AUDIT_ITEM_STATUSES,
  AUDIT_STATUSES,
  ENCOUNTER_SETTINGS,
  type AuditDto,
  type AuditItemDto,
  type AuditPlanSnapshot,
  type AuditSummaryDto,
} from '@recode/contracts';
import { z } from 'zod';
import { jsonObject } from '../../database/json-column';

export const AUDIT_COLUMNS = `a.id, a.name, a.plan_id AS "planId", a.status, a.team_ids AS "teamIds", a.seed, a.algorithm,
  a.frame_size AS "frameSize", a.scope_size AS "scopeSize", a.excluded_count AS "excludedCount", a.filtered_out_count AS "filteredOutCount",
  a.frame_hash AS "frameHash", a.sample_size AS "sampleSize", a.spare_count AS "spareCount", a.due_date::text AS "dueDate",
  a.rebuttal_due_at AS "rebuttalDueAt", a.sampling_error AS "samplingError", a.plan_snapshot AS "plan",
  a.created_by_id AS "createdById", u.display_name AS "createdByName", a.created_at AS "createdAt", a.sampled_at AS "sampledAt",
  a.released_at AS "releasedAt", a.finalized_at AS "finalizedAt",
  (SELECT json_build_object(
     'total', count(*) FILTER (WHERE i.status <> 'spare'), 'assigned', count(*) FILTER (WHERE i.status = 'assigned'),
     'inProgress', count(*) FILTER (WHERE i.status = 'in_progress'), 'reviewed', count(*) FILTER (WHERE i.status = 'reviewed'),
     'unreviewable', count(*) FILTER (WHERE i.status = 'unreviewable'), 'sparesLeft', count(*) FILTER (WHERE i.status = 'spare'))
     FROM audit_items i WHERE i.audit_id = a.id) AS progress`;
export const AUDIT_FROM = 'audits a LEFT JOIN users u ON u.id = a.created_by_id';

/** One row of AUDIT_COLUMNS. */
export const AuditRow = z.object({
  id: z.string(),
  name: z.string(),
  planId: z.string().nullable(),
  status: z.enum(AUDIT_STATUSES),
  teamIds: z.array(z.string()),
  seed: z.string().nullable(),
  algorithm: z.string().nullable(),
  frameSize: z.number().nullable(),
  scopeSize: z.number().nullable(),
  excludedCount: z.number().nullable(),
  filteredOutCount: z.number().nullable(),
  frameHash: z.string().nullable(),
  sampleSize: z.number(),
  spareCount: z.number(),
  dueDate: z.string().nullable(),
  rebuttalDueAt: z.date().nullable(),
  samplingError: jsonObject<NonNullable<AuditDto['samplingError']>>().nullable(),
  plan: jsonObject<AuditPlanSnapshot>(),
  createdById: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.date(),
  sampledAt: z.date().nullable(),
  releasedAt: z.date().nullable(),
  finalizedAt: z.date().nullable(),
  progress: z.object({
    total: z.number(),
    assigned: z.number(),
    inProgress: z.number(),
    reviewed: z.number(),
    unreviewable: z.number(),
    sparesLeft: z.number(),
  }),
});
export type AuditRow = z.infer<typeof AuditRow>;

const isoOrNull = (d: Date | null): string | null => d?.toISOString() ?? null;

export function toAuditSummary(row: AuditRow): AuditSummaryDto {
  return {
    id: row.id,
    name: row.name,
    planId: row.planId,
    status: row.status,
    teamIds: row.teamIds,
    seed: row.seed,
    algorithm: row.algorithm,
    frameSize: row.frameSize,
    scopeSize: row.scopeSize,
    excludedCount: row.excludedCount,
    filteredOutCount: row.filteredOutCount,
    frameHash: row.frameHash,
    sampleSize: row.sampleSize,
    spareCount: row.spareCount,
    dueDate: row.dueDate,
    rebuttalDueAt: isoOrNull(row.rebuttalDueAt),
    progress: row.progress,
    createdBy: row.createdById ? { id: row.createdById, displayName: row.createdByName ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
    sampledAt: isoOrNull(row.sampledAt),
    releasedAt: isoOrNull(row.releasedAt),
    finalizedAt: isoOrNull(row.finalizedAt),
  };
}

export function toAuditDto(row: AuditRow, findingsSummary: AuditDto['findingsSummary']): AuditDto {
  return { ...toAuditSummary(row), plan: row.plan, samplingError: row.samplingError, findingsSummary };
}

export const ITEM_COLUMNS = `i.id, i.audit_id AS "auditId", i.status, i.draw_order AS "drawOrder", i.stratum, i.version, i.due_date::text AS "dueDate",
  i.auditor_id AS "auditorId", au.display_name AS "auditorName", i.coder_id AS "coderId", c.external_id AS "coderExternalId",
  c.display_name AS "coderName", c.team_id AS "coderTeamId", i.encounter_id AS "encounterId", i.encounter_version_id AS "versionId",
  e.external_id AS "encounterExternalId", i.setting, v.facility, i.encounter_date::text AS "encounterDate", i.fiscal_year AS "fiscalYear",
  (SELECT count(*)::int FROM audit_findings f WHERE f.item_id = i.id) AS "findingsCount", i.replaces_item_id AS "replacesItemId",
  i.replaced_by_item_id AS "replacedByItemId", i.unreviewable_reason AS "unreviewableReason", i.reviewed_at AS "reviewedAt", i.updated_at AS "updatedAt"`;
export const ITEM_FROM = `audit_items i JOIN coders c ON c.id = i.coder_id JOIN encounters e ON e.id = i.encounter_id
  JOIN encounter_versions v ON v.id = i.encounter_version_id LEFT JOIN users au ON au.id = i.auditor_id`;

/** One row of ITEM_COLUMNS. */
export const ItemRow = z.object({
  id: z.string(),
  auditId: z.string(),
  status: z.enum(AUDIT_ITEM_STATUSES),
  drawOrder: z.number(),
  stratum: z.string(),
  version: z.number(),
  dueDate: z.string().nullable(),
  auditorId: z.string().nullable(),
  auditorName: z.string().nullable(),
  coderId: z.string(),
  coderExternalId: z.string(),
  coderName: z.string(),
  coderTeamId: z.string().nullable(),
  encounterId: z.string(),
  versionId: z.string(),
  encounterExternalId: z.string(),
  setting: z.enum(ENCOUNTER_SETTINGS),
  facility: z.string().nullable(),
  encounterDate: z.string(),
  fiscalYear: z.number(),
  findingsCount: z.number(),
  replacesItemId: z.string().nullable(),
  replacedByItemId: z.string().nullable(),
  unreviewableReason: z.string().nullable(),
  reviewedAt: z.date().nullable(),
  updatedAt: z.date(),
});
export type ItemRow = z.infer<typeof ItemRow>;

export function toItemDto(row: ItemRow): AuditItemDto {
  return {
    id: row.id,
    auditId: row.auditId,
    status: row.status,
    drawOrder: row.drawOrder,
    stratum: row.stratum,
    version: row.version,
    dueDate: row.dueDate,
    auditor: row.auditorId ? { id: row.auditorId, displayName: row.auditorName ?? '' } : null,
    coder: { id: row.coderId, externalId: row.coderExternalId, displayName: row.coderName, teamId: row.coderTeamId },
    encounter: {
      encounterId: row.encounterId,
      versionId: row.versionId,
      externalId: row.encounterExternalId,
      setting: row.setting,
      facility: row.facility,
      encounterDate: row.encounterDate,
      fiscalYear: row.fiscalYear,
    },
    findingsCount: row.findingsCount,
    replacesItemId: row.replacesItemId,
    replacedByItemId: row.replacedByItemId,
    unreviewableReason: row.unreviewableReason,
    reviewedAt: isoOrNull(row.reviewedAt),
    updatedAt: row.updatedAt.toISOString(),
  };
}
