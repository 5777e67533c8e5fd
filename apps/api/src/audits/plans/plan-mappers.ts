import type { AuditPlanDto } from '@recode/contracts';

export const PLAN_COLUMNS = `p.id, p.version, p.name, p.description, p.team_ids AS "teamIds", p.scope, p.method, p.rules, p.seed, p.spares,
  p.exclusion_window_days AS "exclusionWindowDays", p.due_in_days AS "dueInDays", p.auditor_ids AS "auditorIds",
  p.schedule, p.schedule_pattern AS "schedulePattern", p.archived_at AS "archivedAt", p.created_at AS "createdAt", p.updated_at AS "updatedAt",
  p.created_by_id AS "createdById", u.display_name AS "createdByName",
  (SELECT a.id FROM audits a WHERE a.plan_id = p.id ORDER BY a.created_at DESC LIMIT 1) AS "lastAuditId"`;
export const PLAN_FROM = 'audit_plans p LEFT JOIN users u ON u.id = p.created_by_id';

export type PlanRow = Omit<AuditPlanDto, 'createdAt' | 'updatedAt' | 'archived' | 'createdBy'> & {
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
  createdById: string | null;
  createdByName: string | null;
};

export function toPlanDto(row: PlanRow): AuditPlanDto {
  const { archivedAt, createdById, createdByName, createdAt, updatedAt, ...rest } = row;
  return {
    ...rest,
    archived: archivedAt !== null,
    createdBy: createdById ? { id: createdById, displayName: createdByName ?? '' } : null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}
