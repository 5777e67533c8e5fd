import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RecordNotesDto, SaveRecordNotesRequest, SessionUser } from '@recode/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogService } from '../../audit-log';
import { AppError } from '../../common/errors';
import type { AuthedContext } from '../../common/request-context';
import { execute, selectRow } from '../../database/sql';
import { loadItemFor, type ItemForReview } from './item-access';
import { NoteRow } from './review-rows';

const canEdit = (user: SessionUser, item: ItemForReview): boolean =>
  user.role === 'auditor' && item.auditorId === user.id && item.auditStatus === 'in_review' && item.status !== 'spare';

/**
 * Notes and the documentation link of a record. Readers are those who may open the record for review
 * (its auditor, supervisors of the audit's teams, admins; coders never: the controller's roles and
 * loadItemFor); only the record's auditor writes, while the audit is in review.
 */
@Injectable()
export class RecordNotesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auditLog: AuditLogService,
  ) {}

  async get(ctx: AuthedContext, auditId: string, itemId: string): Promise<RecordNotesDto> {
    const item = await loadItemFor(this.db.manager, ctx.user, auditId, itemId);
    return this.read(this.db.manager, item, ctx.user);
  }

  async save(
    ctx: AuthedContext,
    auditId: string,
    itemId: string,
    body: SaveRecordNotesRequest,
  ): Promise<RecordNotesDto> {
    return this.db.transaction(async (m) => {
      const item = await loadItemFor(m, ctx.user, auditId, itemId, true);
      if (!canEdit(ctx.user, item)) {
        if (item.auditStatus !== 'in_review')
          throw new AppError(
            409,
            'AUDIT_NOT_IN_REVIEW',
            `The audit is ${item.auditStatus}; notes can only be changed while it is in review`,
          );
        throw new AppError(
          403,
          'ITEM_NOT_ASSIGNED_TO_YOU',
          'Only the auditor this record is assigned to can change its notes',
        );
      }
      await execute(
        m,
        `INSERT INTO audit_item_notes (item_id, notes, documentation_url, updated_by_id, updated_at) VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (item_id) DO UPDATE SET notes = excluded.notes, documentation_url = excluded.documentation_url, updated_by_id = excluded.updated_by_id, updated_at = now()`,
        [item.id, body.notes, body.documentationUrl, ctx.user.id],
      );
      // The log keeps that they changed and where the link points, not the notes' text.
      await this.auditLog.record(
        ctx,
        {
          action: 'audit_item.notes_saved',
          entityType: 'audit_item',
          entityId: item.id,
          details: { auditId, notesLength: body.notes.length, documentationUrl: body.documentationUrl },
        },
        m,
      );
      return this.read(m, item, ctx.user);
    });
  }

  private async read(m: EntityManager, item: ItemForReview, user: SessionUser): Promise<RecordNotesDto> {
    const row = await selectRow(
      m,
      NoteRow,
      `SELECT n.notes, n.documentation_url AS "documentationUrl", n.updated_at AS "updatedAt", n.updated_by_id AS "updatedById", u.display_name AS "updatedByName"
         FROM audit_item_notes n LEFT JOIN users u ON u.id = n.updated_by_id WHERE n.item_id = $1`,
      [item.id],
    );
    return {
      itemId: item.id,
      notes: row?.notes ?? '',
      documentationUrl: row?.documentationUrl ?? null,
      updatedAt: row ? row.updatedAt.toISOString() : null,
      updatedBy: row?.updatedById ? { id: row.updatedById, displayName: row.updatedByName ?? '' } : null,
      editable: canEdit(user, item),
    };
  }
}
