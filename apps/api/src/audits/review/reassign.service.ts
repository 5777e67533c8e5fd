import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditItemDto, ReassignItemRequest } from '@recode/contracts';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../../audit-log';
import { AppError } from '../../common/errors';
import { execute } from '../../database/sql';
import type { AuthedContext } from '../../common/request-context';
import { AuditsService } from '../lifecycle/audits.service';
import { loadAuditorPool } from '../sampling/auditor-pool';
import { assertVersion, loadItemFor } from './item-access';

/**
 * A supervisor (of the audit's teams) or an admin gives an open record to another active auditor, who
 * must not be the record's own coder. Work saved so far stays with the record.
 */
@Injectable()
export class ReassignService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsService,
    private readonly auditLog: AuditLogService,
  ) {}

  async reassign(
    ctx: AuthedContext,
    auditId: string,
    itemId: string,
    body: ReassignItemRequest,
  ): Promise<AuditItemDto> {
    await this.db.transaction(async (m) => {
      const item = await loadItemFor(m, ctx.user, auditId, itemId, true);
      if (item.auditStatus !== 'in_review')
        throw new AppError(
          409,
          'AUDIT_NOT_IN_REVIEW',
          `The audit is ${item.auditStatus}; records can only be reassigned while it is in review`,
        );
      if (item.status !== 'assigned' && item.status !== 'in_progress')
        throw new AppError(409, 'ITEM_NOT_EDITABLE', `A ${item.status} record cannot be reassigned`);
      assertVersion(item, body.version);
      const [auditor] = await loadAuditorPool(m, [body.auditorId]);
      if (!auditor)
        throw new AppError(400, 'VALIDATION_FAILED', 'body.auditorId: is not an active auditor', [
          { path: 'body.auditorId', message: 'is not an active auditor' },
        ]);
      if ((auditor.userCoderIds ?? []).includes(item.coderId)) {
        throw new AppError(409, 'AUDITOR_IS_CODER', 'That auditor coded this record and cannot audit it', [
          { path: 'body.auditorId', message: 'coded this record' },
        ]);
      }
      if (auditor.id === item.auditorId) return;
      await execute(
        m,
        `UPDATE audit_items SET auditor_id = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [itemId, auditor.id],
      );
      await this.auditLog.record(
        ctx,
        {
          action: 'audit_item.reassigned',
          entityType: 'audit_item',
          entityId: itemId,
          details: { auditId, from: item.auditorId, to: auditor.id },
        },
        m,
      );
    });
    const item = await this.audits.item(itemId);
    if (!item) throw new Error(`item ${itemId} vanished`);
    return item;
  }
}
