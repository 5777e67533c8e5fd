import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DisputeHistoryDto, DisputeStepRequest } from '@recode/contracts';
import { decideDisputeStep } from '@recode/domain';
import { DataSource } from 'typeorm';
import { addBusinessDays } from '../audits';
import { AuditLogService } from '../audit-log';
import { notFound } from '../common/errors';
import type { AuthedContext } from '../common/request-context';
import { JobQueue } from '../jobs/job-queue';
import { NotificationsService } from '../notifications';
import { AuditSettingsService } from '../settings';
import { execute, selectRow } from '../database/sql';
import { refusalError } from './dispute-errors';
import { IdRow } from '../database/rows';
import { noticeFor, toNotifications, writeOutbox } from './dispute-notices';
import { actorFor, coderDeadlineOf, findingScope, loadDisputeRows } from './dispute-rows';
import { DisputesReaderService } from './disputes-reader.service';
import { finalizeSettledAudits } from '../audits';

/**
 * One dispute step in one transaction: lock the finding, let the domain decide, move the status,
 * keep the step as a dispute_events row, write the audit log, notify the next party in-app and in the
 * outbox. Any refusal throws before anything is written. Scores are recomputed after commit.
 */
@Injectable()
export class DisputeStepsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auditLog: AuditLogService,
    private readonly notifications: NotificationsService,
    private readonly settings: AuditSettingsService,
    private readonly jobs: JobQueue,
    private readonly reader: DisputesReaderService,
  ) {}

  async step(ctx: AuthedContext, findingId: string, body: DisputeStepRequest): Promise<DisputeHistoryDto> {
    const auditId = await this.db.transaction(async (m) => {
      await execute(m, 'SELECT id FROM audit_findings WHERE id = $1 FOR UPDATE', [findingId]);
      const params: unknown[] = [findingId];
      const [row] = await loadDisputeRows(m, `f.id = $1 AND ${findingScope(ctx.user, params)}`, params, 1);
      if (!row) throw notFound('FINDING_NOT_FOUND', 'Finding');
      const now = new Date();
      const coderDeadline = coderDeadlineOf(row);
      const decision = decideDisputeStep({
        status: row.status,
        action: body.action,
        actor: actorFor(ctx.user, row),
        rationale: body.rationale,
        escalatedBefore: row.escalated,
        now,
        coderDeadline,
      });
      if (!decision.ok) throw refusalError(decision.refusal, row.status, body.action, decision.allowed, coderDeadline);
      const { move } = decision;
      // An upheld answer gives the coder a fresh window to escalate, never shorter than the audit's own.
      let nextDueAt: Date | null = null;
      if (move.action === 'uphold' && move.from === 'disputed') {
        const window = addBusinessDays(now, (await this.settings.get(m)).rebuttalBusinessDays);
        nextDueAt = row.rebuttalDueAt && new Date(row.rebuttalDueAt) > window ? new Date(row.rebuttalDueAt) : window;
      }
      await execute(m, 'UPDATE audit_findings SET status = $2, updated_at = now() WHERE id = $1', [findingId, move.to]);
      const role = move.by === 'reviewer' ? `reviewer:${ctx.user.role}` : move.by;
      const event = await selectRow(
        m,
        IdRow,
        `INSERT INTO dispute_events (finding_id, audit_id, actor_id, actor_role, action, from_status, to_status, rationale, reference, next_due_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          findingId,
          row.auditId,
          ctx.user.id,
          role,
          move.action,
          move.from,
          move.to,
          body.rationale,
          body.reference ? JSON.stringify(body.reference) : null,
          nextDueAt,
        ],
      );
      const eventId = event?.id ?? '';
      await this.auditLog.record(
        ctx,
        {
          action: `dispute.${move.action}`,
          entityType: 'finding',
          entityId: findingId,
          details: { auditId: row.auditId, eventId, from: move.from, to: move.to, reference: body.reference },
        },
        m,
      );
      const notice = await noticeFor(m, row, move.action, row.escalated);
      if (notice) {
        await this.notifications.notifyMany(toNotifications(row, notice), m);
        await writeOutbox(m, row, notice, eventId);
      }
      await finalizeSettledAudits(m, this.auditLog, ctx, [row.auditId]);
      return row.auditId;
    });
    // The score job refreshes the rollups the dashboard and "My feedback" read.
    await this.jobs.enqueue('audits.score', { auditId });
    return this.reader.history(ctx, findingId);
  }
}
