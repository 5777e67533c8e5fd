import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditDto, RequestableAuditTransition } from '@recode/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { AuditLogService } from '../../audit-log';
import { AppError } from '../../common/errors';
import type { AuthedContext, RequestContext } from '../../common/request-context';
import { changeRows, execute, selectRow, selectRows } from '../../database/sql';
import { JobQueue } from '../../jobs/job-queue';
import { NotificationsService } from '../../notifications';
import { AuditSettingsService } from '../../settings';
import { addBusinessDays } from './audit-lifecycle';
import { releasedSettlementCounts, settlementOf } from './audit-settlement';
import { moveStatus } from './audit-status';
import { AuditsService } from './audits.service';
import { ReleasedCoderRow } from './lifecycle-rows';
import { AuditStatusRow, CountRow } from '../audit-sql-rows';
import { enqueueSampling } from '../sampling/sampling-job';

/** The moves people make: start (or retry) sampling, release to the coders, finalize. Each is audit-logged. */
@Injectable()
export class AuditTransitionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsService,
    private readonly auditLog: AuditLogService,
    private readonly notifications: NotificationsService,
    private readonly settings: AuditSettingsService,
    private readonly jobs: JobQueue,
  ) {}

  async request(ctx: AuthedContext, auditId: string, to: RequestableAuditTransition): Promise<AuditDto> {
    await this.audits.visibleRow(ctx, auditId);
    // Auditors see only audits they have records in; of those they may release, never sample or finalize.
    if (ctx.user.role === 'auditor' && to !== 'released') {
      throw new AppError(
        403,
        'AUDIT_TRANSITION_FORBIDDEN',
        'Auditors may release an audit they review; drawing the sample and making it final are for supervisors',
        [{ path: 'body.to', message: `an auditor cannot move an audit to ${to}` }],
      );
    }
    await this.db.transaction(async (m) => {
      await execute(m, 'SELECT id FROM audits WHERE id = $1 FOR UPDATE', [auditId]);
      if (to === 'sampling') await this.startSampling(m, ctx, auditId);
      else if (to === 'released') await this.release(m, ctx, auditId);
      else await this.finalize(m, ctx, auditId);
    });
    if (to === 'sampling') await enqueueSampling(this.jobs, auditId);
    else await this.jobs.enqueue('audits.score', { auditId });
    return this.audits.get(ctx, auditId);
  }

  /** draft → sampling; the caller enqueues `audits.sample` after commit. */
  async startSampling(m: EntityManager, ctx: RequestContext, auditId: string): Promise<void> {
    const from = await moveStatus(m, auditId, 'sampling', 'sampling_error = NULL');
    await this.auditLog.record(
      ctx,
      { action: 'audit.sampling_started', entityType: 'audit', entityId: auditId, details: { from } },
      m,
    );
  }

  /** in_review → released once every sampled record is reviewed (or unreviewable); each coder with a login is notified. */
  private async release(m: EntityManager, ctx: AuthedContext, auditId: string): Promise<void> {
    const open = await selectRow(
      m,
      CountRow,
      `SELECT count(*)::int AS n FROM audit_items WHERE audit_id = $1 AND status IN ('assigned', 'in_progress')`,
      [auditId],
    );
    const status = await selectRow(m, AuditStatusRow, 'SELECT status FROM audits WHERE id = $1', [auditId]);
    if (status?.status === 'in_review' && open && open.n > 0) {
      throw new AppError(
        409,
        'AUDIT_ITEMS_UNREVIEWED',
        `${open.n} sampled record(s) are not reviewed yet; review them or mark them unreviewable first`,
        [{ path: 'status', message: `${open.n} item(s) still open`, openItems: open.n }],
      );
    }
    const settings = await this.settings.get(m);
    const rebuttalDueAt = addBusinessDays(new Date(), settings.rebuttalBusinessDays);
    await moveStatus(m, auditId, 'released', 'released_at = now(), rebuttal_due_at = $3', [rebuttalDueAt]);
    const coders = await selectRows(
      m,
      ReleasedCoderRow,
      `SELECT u.id AS "userId", a.name, count(DISTINCT i.id)::int AS records, count(f.id)::int AS findings
         FROM audit_items i JOIN audits a ON a.id = i.audit_id JOIN users u ON u.coder_id = i.coder_id AND u.active
         LEFT JOIN audit_findings f ON f.item_id = i.id
        WHERE i.audit_id = $1 AND i.status = 'reviewed' GROUP BY u.id, a.name`,
      [auditId],
    );
    const notified = await this.notifications.notifyMany(
      coders.map((c) => ({
        userId: c.userId,
        kind: 'audit.released',
        title: `Audit results: ${c.name}`,
        body: `${c.records} of your records were reviewed with ${c.findings} finding(s). You can respond until ${rebuttalDueAt.toISOString().slice(0, 10)}.`,
        link: `/feedback?audit=${auditId}`,
        entityType: 'audit',
        entityId: auditId,
      })),
      m,
    );
    await this.auditLog.record(
      ctx,
      {
        action: 'audit.released',
        entityType: 'audit',
        entityId: auditId,
        details: { notified, rebuttalDueAt: rebuttalDueAt.toISOString() },
      },
      m,
    );
  }

  /**
   * released → final when the audit's settlement allows it (see `settlementOf`): disputed or escalated
   * findings block it; open findings block it until the rebuttal window has passed, and are then taken
   * as agreed (a lapse counts as agreement). A supervisor's finalize does not wait for escalation windows.
   */
  private async finalize(m: EntityManager, ctx: AuthedContext, auditId: string): Promise<void> {
    const [counts] = await releasedSettlementCounts(m, [auditId]);
    const settlement = counts ? settlementOf(counts) : 'settled';
    if (counts && settlement === 'disputes_open') {
      throw new AppError(
        409,
        'AUDIT_FINDINGS_UNSETTLED',
        `${counts.unsettled} finding(s) are disputed or escalated; settle them before finalizing`,
        [{ path: 'status', message: 'unsettled findings', unsettled: counts.unsettled }],
      );
    }
    if (counts && settlement === 'rebuttal_window_open') {
      const due = counts.rebuttalDueAt?.toISOString() ?? null;
      throw new AppError(
        409,
        'AUDIT_REBUTTAL_WINDOW_OPEN',
        `Coders may respond to ${counts.open} open finding(s) until ${due}`,
        [{ path: 'status', message: 'rebuttal window open', rebuttalDueAt: due, openFindings: counts.open }],
      );
    }
    await moveStatus(m, auditId, 'final', 'finalized_at = now()');
    const { count: lapsed } = await changeRows(
      m,
      z.unknown(),
      `UPDATE audit_findings SET status = 'agreed', updated_at = now() WHERE audit_id = $1 AND status = 'open'`,
      [auditId],
    );
    await this.auditLog.record(
      ctx,
      {
        action: 'audit.finalized',
        entityType: 'audit',
        entityId: auditId,
        details: { openFindingsTakenAsAgreed: lapsed },
      },
      m,
    );
  }
}
