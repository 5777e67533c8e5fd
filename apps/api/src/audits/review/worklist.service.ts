import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CoderFindingDto, WorklistItemDto, WorklistQuery } from '@recode/contracts';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../../audit-log';
import type { AuthedContext } from '../../common/request-context';
import { selectRows } from '../../database/sql';
import { ITEM_COLUMNS, ITEM_FROM, toItemDto } from '../lifecycle/audit-mappers';
import { FINDING_COLUMNS, toFindingDto } from './finding-mappers';
import { CoderFindingRow, WorklistRow } from './review-rows';

const WORKLIST_STATUSES: Record<WorklistQuery['status'], string[]> = {
  open: ['assigned', 'in_progress'],
  reviewed: ['reviewed'],
  all: ['assigned', 'in_progress', 'reviewed', 'unreviewable'],
};

/** Open work is in audits in review; reviewed records stay findable after their audit is released. */
const WORKLIST_AUDIT_STATUSES: Record<WorklistQuery['status'], string[]> = {
  open: ['in_review'],
  reviewed: ['in_review', 'released', 'final'],
  all: ['in_review', 'released', 'final'],
};

@Injectable()
export class WorklistService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auditLog: AuditLogService,
  ) {}

  /** The auditor's own items, soonest due first: open ones of audits in review, reviewed ones also after release. */
  async worklist(ctx: AuthedContext, query: WorklistQuery): Promise<WorklistItemDto[]> {
    const rows = await selectRows(
      this.db,
      WorklistRow,
      `SELECT ${ITEM_COLUMNS}, a.name AS "auditName", (i.due_date < current_date AND i.status IN ('assigned', 'in_progress')) AS overdue
         FROM ${ITEM_FROM} JOIN audits a ON a.id = i.audit_id
        WHERE i.auditor_id = $1 AND a.status = ANY($3::text[]) AND i.status = ANY($2::text[])
        ORDER BY i.due_date NULLS LAST, a.created_at, i.draw_order`,
      [ctx.user.id, WORKLIST_STATUSES[query.status], WORKLIST_AUDIT_STATUSES[query.status]],
    );
    return rows.map((row) => ({ ...toItemDto(row), auditName: row.auditName, overdue: row.overdue === true }));
  }

  /** A coder's own findings, and only once their audit is released: nothing of an audit in review shows here. */
  async coderFindings(ctx: AuthedContext): Promise<CoderFindingDto[]> {
    if (!ctx.user.coderId) return [];
    const rows = await selectRows(
      this.db,
      CoderFindingRow,
      `SELECT ${FINDING_COLUMNS}, a.name AS "auditName", a.released_at AS "releasedAt", e.external_id AS "encounterExternalId", i.encounter_date::text AS "encounterDate"
         FROM audit_findings f JOIN audit_items i ON i.id = f.item_id JOIN audits a ON a.id = f.audit_id JOIN encounters e ON e.id = i.encounter_id
        WHERE i.coder_id = $1 AND i.status = 'reviewed' AND a.status IN ('released', 'final')
        ORDER BY a.released_at DESC, i.draw_order, f.ordinal`,
      [ctx.user.coderId],
    );
    await this.auditLog.record(ctx, {
      action: 'feedback.findings_viewed',
      entityType: 'coder',
      entityId: ctx.user.coderId,
      details: { returned: rows.length },
    });
    return rows.map(({ auditName, releasedAt, encounterExternalId, encounterDate, ...finding }) => ({
      ...toFindingDto(finding),
      auditName,
      releasedAt: releasedAt?.toISOString() ?? null,
      encounterExternalId,
      encounterDate,
    }));
  }
}
