import type {
  AuditDto,
  AuditItemDto,
  AuditPlanSnapshot,
  AuditProgressDto,
  AuditStatus,
  AuditSummaryDto,
} from '@recode/contracts';

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

export interface AuditRow {
  id: string;
  name: string;
  planId: string | null;
  status: AuditStatus;
  teamIds: string[];
  seed: string | null;
  algorithm: string | null;
  frameSize: number | null;
  scopeSize: number | null;
  excludedCount: number | null;
  filteredOutCount: number | null;
  frameHash: string | null;
  sampleSize: number;
  spareCount: number;
  dueDate: string | null;
  rebuttalDueAt: Date | null;
  samplingError: AuditDto['samplingError'];
  plan: AuditPlanSnapshot;
  createdById: string | null;
  createdByName: string | null;
  createdAt: Date;
  sampledAt: Date | null;
  releasedAt: Date | null;
  finalizedAt: Date | null;
  progress: AuditProgressDto;
}

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

export interface ItemRow {
  id: string;
  auditId: string;
  status: AuditItemDto['status'];
  drawOrder: number;
  stratum: string;
  version: number;
  dueDate: string | null;
  auditorId: string | null;
  auditorName: string | null;
  coderId: string;
  coderExternalId: string;
  coderName: string;
  coderTeamId: string | null;
  encounterId: string;
  versionId: string;
  encounterExternalId: string;
  setting: AuditItemDto['encounter']['setting'];
  facility: string | null;
  encounterDate: string;
  fiscalYear: number;
  findingsCount: number;
  replacesItemId: string | null;
  replacedByItemId: string | null;
  unreviewableReason: string | null;
  reviewedAt: Date | null;
  updatedAt: Date;
}

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
