import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MarkUnreviewableRequest, MarkUnreviewableResponse } from '@recode/contracts';
import { assignToAuditors } from '@recode/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogService } from '../../audit-log';
import { AppError } from '../../common/errors';
import type { AuthedContext } from '../../common/request-context';
import { execute, selectRow } from '../../database/sql';
import { JobQueue } from '../../jobs/job-queue';
import { AuditsService } from '../lifecycle/audits.service';
import { loadAuditorPool } from '../sampling/auditor-pool';
import { assertVersion, loadItemFor, type ItemForReview } from './item-access';
import { SpareAuditRow, SpareRow } from './review-rows';

/**
 * A record that cannot be reviewed (chart missing, wrong patient…) is set aside and the next unused
 * spare of its stratum, in draw order, takes its place: with the same auditor when they may review it,
 * otherwise with the least-loaded auditor who may.
 */
@Injectable()
export class UnreviewableService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsService,
    private readonly auditLog: AuditLogService,
    private readonly jobs: JobQueue,
  ) {}

  async mark(
    ctx: AuthedContext,
    auditId: string,
    itemId: string,
    body: MarkUnreviewableRequest,
  ): Promise<MarkUnreviewableResponse> {
    const replacementId = await this.db.transaction(async (m) => {
      const item = await loadItemFor(m, ctx.user, auditId, itemId, true);
      if (ctx.user.role === 'auditor' && item.auditorId !== ctx.user.id)
        throw new AppError(403, 'ITEM_NOT_ASSIGNED_TO_YOU', 'This record is assigned to another auditor');
      if (item.auditStatus !== 'in_review')
        throw new AppError(
          409,
          'AUDIT_NOT_IN_REVIEW',
          `The audit is ${item.auditStatus}; records can only be set aside while it is in review`,
        );
      if (item.status !== 'assigned' && item.status !== 'in_progress')
        throw new AppError(409, 'ITEM_NOT_EDITABLE', `A ${item.status} record cannot be marked unreviewable`);
      assertVersion(item, body.version);
      await execute(m, 'DELETE FROM audit_findings WHERE item_id = $1', [itemId]);
      const spareId = await this.promoteSpare(m, item);
      await execute(
        m,
        `UPDATE audit_items SET status = 'unreviewable', unreviewable_reason = $2, replaced_by_item_id = $3, version = version + 1, updated_at = now() WHERE id = $1`,
        [itemId, body.reason, spareId],
      );
      await this.auditLog.record(
        ctx,
        {
          action: 'audit_item.unreviewable',
          entityType: 'audit_item',
          entityId: itemId,
          details: { auditId, reason: body.reason, replacementItemId: spareId },
        },
        m,
      );
      return spareId;
    });
    await this.jobs.enqueue('audits.score', { auditId });
    const item = await this.audits.item(itemId);
    const replacement = replacementId ? await this.audits.item(replacementId) : null;
    if (!item) throw new Error(`item ${itemId} vanished`);
    return { item, replacement };
  }

  private async promoteSpare(m: EntityManager, item: ItemForReview): Promise<string | null> {
    const spare = await selectRow(
      m,
      SpareRow,
      `SELECT id, coder_id AS "coderId" FROM audit_items WHERE audit_id = $1 AND stratum = $2 AND status = 'spare' ORDER BY draw_order LIMIT 1 FOR UPDATE`,
      [item.auditId, item.stratum],
    );
    if (!spare) return null;
    const audit = await selectRow(
      m,
      SpareAuditRow,
      `SELECT plan_snapshot->'auditorIds' AS "auditorIds", due_date::text AS "dueDate" FROM audits WHERE id = $1`,
      [item.auditId],
    );
    const pool = await loadAuditorPool(m, audit?.auditorIds ?? []);
    const same = pool.find((a) => a.id === item.auditorId && !(a.userCoderIds ?? []).includes(spare.coderId));
    const auditorId = same?.id ?? assignToAuditors([spare], pool).assignments[0]?.auditorId;
    if (!auditorId)
      throw new AppError(
        409,
        'NO_AUDITORS_AVAILABLE',
        'No auditor may review the spare that would replace this record',
      );
    await execute(
      m,
      `UPDATE audit_items SET status = 'assigned', auditor_id = $2, due_date = $3, replaces_item_id = $4, version = version + 1, updated_at = now() WHERE id = $1`,
      [spare.id, auditorId, audit?.dueDate ?? null, item.id],
    );
    return spare.id;
  }
}
