import type { DisputeEventDto, DisputeFindingDto, RequestableDisputeAction, SessionUser } from '@recode/contracts';
import { availableDisputeActions, type DisputeActor } from '@recode/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { selectRows } from '../database/sql';
import { DisputeRow, EventRow, type RawEvent } from './dispute-sql-rows';

export { DisputeRow };

/**
 * Which findings the caller may see and act on, as SQL over f (audit_findings), c (coders): only
 * findings of released or final audits. Admins all; supervisors their teams' coders; auditors the
 * audits they have records in; a coder only their own. Anything else: nothing (deny by default).
 */
export function findingScope(user: SessionUser, params: unknown[]): string {
  switch (user.role) {
    case 'admin':
      return 'TRUE';
    case 'supervisor':
      params.push(user.teamIds);
      return `c.team_id = ANY($${params.length}::uuid[])`;
    case 'auditor':
      params.push(user.id);
      return `EXISTS (SELECT 1 FROM audit_items vi WHERE vi.audit_id = f.audit_id AND vi.auditor_id = $${params.length})`;
    case 'coder':
      if (!user.coderId) return 'FALSE';
      params.push(user.coderId);
      return `f.coder_id = $${params.length}`;
    default:
      return 'FALSE';
  }
}

const EVENT_JSON = `json_build_object('id', de.id, 'action', de.action, 'fromStatus', de.from_status, 'toStatus', de.to_status, 'actorId', de.actor_id,
  'actorName', du.display_name, 'actorRole', de.actor_role, 'rationale', de.rationale, 'reference', de.reference, 'at', de.at)`;

/** One row per finding with its people, deadline and last step; `where` filters f, i, a, c. Laterals use dispute_events_finding_idx. */
export async function loadDisputeRows(
  db: DataSource | EntityManager,
  where: string,
  params: unknown[],
  limit = 500,
): Promise<DisputeRow[]> {
  return selectRows(db, DisputeRow, `${disputeRowsSql(where)} LIMIT ${Number(limit)}`, params);
}

/** The dispute rows' query without a limit (the CSV export streams it through a cursor). */
export function disputeRowsSql(where: string): string {
  return `SELECT f.id AS "findingId", f.audit_id AS "auditId", a.name AS "auditName", e.external_id AS "encounterExternalId", i.encounter_date::text AS "encounterDate", i.setting,
            f.type, f.category, f.system, f.principal, f.code_before AS "codeBefore", f.code_after AS "codeAfter", f.drg_before AS "drgBefore",
            f.drg_after AS "drgAfter", f.root_cause AS "rootCause", f.direction, f.rationale, f.reference, f.status, a.rebuttal_due_at AS "rebuttalDueAt",
            c.id AS "coderId", c.external_id AS "coderExternalId", c.display_name AS "coderName", c.team_id AS "coderTeamId",
            i.auditor_id AS "auditorId", au.display_name AS "auditorName", coalesce(ev.escalated, false) AS escalated, ev.escalation_due_at AS "escalationDueAt",
            last.event AS "lastEvent"
       FROM audit_findings f JOIN audit_items i ON i.id = f.item_id JOIN audits a ON a.id = f.audit_id JOIN coders c ON c.id = f.coder_id
       JOIN encounters e ON e.id = i.encounter_id LEFT JOIN users au ON au.id = i.auditor_id
       LEFT JOIN LATERAL (SELECT bool_or(de.action = 'escalate') AS escalated,
                                 max(de.next_due_at) FILTER (WHERE de.action = 'uphold' AND de.from_status = 'disputed') AS escalation_due_at
                            FROM dispute_events de WHERE de.finding_id = f.id) ev ON TRUE
       LEFT JOIN LATERAL (SELECT ${EVENT_JSON} AS event FROM dispute_events de LEFT JOIN users du ON du.id = de.actor_id
                           WHERE de.finding_id = f.id ORDER BY de.at DESC, de.id DESC LIMIT 1) last ON TRUE
      WHERE a.status IN ('released', 'final') AND i.status = 'reviewed' AND ${where}
      ORDER BY a.released_at DESC NULLS LAST, i.draw_order, f.ordinal`;
}

export async function loadEvents(db: DataSource | EntityManager, findingId: string): Promise<DisputeEventDto[]> {
  const rows = await selectRows(
    db,
    EventRow,
    `SELECT ${EVENT_JSON} AS event FROM dispute_events de LEFT JOIN users du ON du.id = de.actor_id WHERE de.finding_id = $1 ORDER BY de.at, de.id`,
    [findingId],
  );
  return rows.map((r) => toEventDto(r.event));
}

/** How the caller stands to this finding; an auditor who did not record it may rule as a second reviewer. */
export function actorFor(
  user: SessionUser,
  row: Pick<DisputeRow, 'coderId' | 'coderTeamId' | 'auditorId'>,
): DisputeActor {
  const isFindingAuditor = row.auditorId === user.id;
  const mayRule =
    user.role === 'admin' ||
    (user.role === 'supervisor' && row.coderTeamId !== null && user.teamIds.includes(row.coderTeamId)) ||
    (user.role === 'auditor' && !isFindingAuditor);
  return {
    isSystem: false,
    isFindingCoder: user.role === 'coder' && user.coderId === row.coderId,
    isFindingAuditor,
    mayRule,
  };
}

/** The coder's deadline: the audit's rebuttal date, or for escalating an upheld answer, the window that answer opened. */
export function coderDeadlineOf(row: Pick<DisputeRow, 'status' | 'rebuttalDueAt' | 'escalationDueAt'>): Date | null {
  if (row.status === 'upheld' && row.escalationDueAt) return new Date(row.escalationDueAt);
  return row.rebuttalDueAt ? new Date(row.rebuttalDueAt) : null;
}

export function allowedActionsFor(user: SessionUser, row: DisputeRow, now = new Date()): RequestableDisputeAction[] {
  return availableDisputeActions({
    status: row.status,
    actor: actorFor(user, row),
    escalatedBefore: row.escalated,
    now,
    coderDeadline: coderDeadlineOf(row),
  }).filter((a): a is RequestableDisputeAction => a !== 'lapse');
}

function toEventDto(e: RawEvent): DisputeEventDto {
  return {
    id: e.id,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    actor: e.actorId ? { id: e.actorId, displayName: e.actorName ?? '' } : null,
    actorRole: e.actorRole,
    rationale: e.rationale,
    reference: e.reference,
    at: new Date(e.at).toISOString(),
  };
}

export function toDisputeFindingDto(user: SessionUser, row: DisputeRow): DisputeFindingDto {
  const deadline = coderDeadlineOf(row);
  return {
    findingId: row.findingId,
    auditId: row.auditId,
    auditName: row.auditName,
    encounterExternalId: row.encounterExternalId,
    encounterDate: row.encounterDate,
    setting: row.setting,
    type: row.type,
    category: row.category,
    system: row.system,
    principal: row.principal,
    codeBefore: row.codeBefore,
    codeAfter: row.codeAfter,
    drgBefore: row.drgBefore,
    drgAfter: row.drgAfter,
    rootCause: row.rootCause,
    direction: row.direction,
    rationale: row.rationale,
    reference: row.reference,
    status: row.status,
    escalated: row.escalated,
    coderDeadline: deadline?.toISOString() ?? null,
    coder: { id: row.coderId, externalId: row.coderExternalId, displayName: row.coderName, teamId: row.coderTeamId },
    auditor: row.auditorId ? { id: row.auditorId, displayName: row.auditorName ?? '' } : null,
    lastEvent: row.lastEvent ? toEventDto(row.lastEvent) : null,
    allowedActions: allowedActionsFor(user, row),
  };
}
