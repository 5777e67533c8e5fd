import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SCORING_METHOD_VERSION } from '@recode/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogService } from '../../audit-log';
import { isLiveJobState, JobQueue } from '../../jobs/job-queue';
import { PeriodicPass } from '../../jobs/periodic-pass';
import { SYSTEM_CONTEXT } from '../../common/request-context';
import { selectRow, selectRows } from '../../database/sql';
import { IdRow, LockRow } from '../../database/rows';
import { CountRow } from '../audit-sql-rows';
import { moveStatus } from '../lifecycle/audit-status';
import { enqueueSampling, samplingInProgress, samplingJobId } from '../sampling/sampling-job';
import { laggingRollups, rescoreJobId, rollupsJobId } from './rollup-lag';

export const AUDIT_RECONCILE_EVERY_MS = 5_000;
/** Queued again this many times with no sample written, the audit goes back to draft with SAMPLING_STALLED. */
export const MAX_SAMPLING_REQUEUES = 3;
/** Scores older than their audit's latest change by this long: the score job was lost. */
const SCORE_LAG = `interval '30 seconds'`;
const MAX_SCORE_REQUEUES = 3;
/** Refreshes queued again per stored score, at most. */
export const MAX_ROLLUP_REQUEUES = 3;
const LOCK_KEY = 7301007;

/**
 * The database is the source of truth for audit work in flight, as for imports (ImportReconciler):
 * - an audit in `sampling` that nobody samples (no live `audits.sample` job, no session holding its
 *   sampling lock) is queued again; sampling is all-or-nothing and seeded, so a rerun draws the same
 *   sample. After MAX_SAMPLING_REQUEUES it returns to draft with SAMPLING_STALLED, and the supervisor's
 *   "draw sample" (POST /api/audits/{id}/transitions {to: sampling}) resumes it.
 * - an audit whose records or findings changed (over 30 s ago) after its stored score had its
 *   `audits.score` job lost: it is queued again, which also refreshes the dashboard rollups of its coders.
 *   So is an audit whose latest score was computed by an older scoring method (SCORING_METHOD_VERSION): a
 *   method change rescores every audit and rewrites the rollups, so no figure mixes two methods.
 * - an audit whose score is newer (by over 30 s) than a rollup of its coders' months lost the score job's
 *   `rollups.refresh`: that refresh is queued again (rollup-lag.ts).
 * Each re-queue is an audit-log entry, which is also what counts them.
 */
@Injectable()
export class AuditWorkReconciler implements OnApplicationShutdown {
  private readonly logger = new Logger(AuditWorkReconciler.name);
  private readonly passes = new PeriodicPass(
    'audit reconcile pass',
    AUDIT_RECONCILE_EVERY_MS,
    () => this.reconcile(),
    this.logger,
  );

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly auditLog: AuditLogService,
  ) {}

  start(): void {
    this.passes.start();
  }

  /** One pass; answers the audits whose sampling, scoring and rollup refresh it queued again. */
  async reconcile(): Promise<{ sampling: string[]; scoring: string[]; rollups: string[] }> {
    return this.db.transaction(async (m) => {
      const lock = await selectRow(m, LockRow, 'SELECT pg_try_advisory_xact_lock($1) AS ok', [LOCK_KEY]);
      if (!lock?.ok) return { sampling: [], scoring: [], rollups: [] };
      return { sampling: await this.sampling(m), scoring: await this.scoring(m), rollups: await this.rollups(m) };
    });
  }

  private async sampling(m: EntityManager): Promise<string[]> {
    // A fresh audit is committed a moment before its job is added: leave it a few seconds.
    const rows = await selectRows(
      m,
      IdRow,
      `SELECT id FROM audits WHERE status = 'sampling' AND updated_at < now() - interval '3 seconds' FOR UPDATE SKIP LOCKED`,
    );
    const requeued: string[] = [];
    for (const { id } of rows) {
      const job = await this.jobs.queue('audits').getJob(samplingJobId(id));
      const state = job ? await job.getState() : 'missing';
      if (isLiveJobState(state) || (await samplingInProgress(m, id))) continue;
      const requeues = await this.countSince(m, id, 'audit.sampling_requeued', 'audit.sampling_started');
      const reason = `last queue state: ${state}${job?.failedReason ? ` (${job.failedReason.slice(0, 300)})` : ''}`;
      if (requeues >= MAX_SAMPLING_REQUEUES) {
        const samplingError = {
          code: 'SAMPLING_STALLED',
          message: `Sampling stopped without finishing ${requeues + 1} times in a row (${reason}). See the worker log; draw the sample again to resume.`,
          details: [{ path: 'status', message: reason }],
        };
        await moveStatus(m, id, 'draft', 'sampling_error = $3', [samplingError]);
        await this.auditLog.record(
          SYSTEM_CONTEXT,
          { action: 'audit.sampling_failed', entityType: 'audit', entityId: id, details: samplingError },
          m,
        );
        this.logger.error({ auditId: id, state }, 'sampling failed: no progress after repeated re-queues');
        continue;
      }
      await this.auditLog.record(
        SYSTEM_CONTEXT,
        {
          action: 'audit.sampling_requeued',
          entityType: 'audit',
          entityId: id,
          details: { state, requeue: requeues + 1 },
        },
        m,
      );
      await enqueueSampling(this.jobs, id);
      this.logger.warn({ auditId: id, state, requeue: requeues + 1 }, 'sampling had no live job; queued again');
      requeued.push(id);
    }
    return requeued;
  }

  private async scoring(m: EntityManager): Promise<string[]> {
    const stale = await selectRows(
      m,
      IdRow,
      `SELECT a.id FROM audits a
         JOIN LATERAL (SELECT greatest(a.updated_at, (SELECT max(updated_at) FROM audit_items WHERE audit_id = a.id),
                                       (SELECT max(updated_at) FROM audit_findings WHERE audit_id = a.id)) AS changed) c ON true
        WHERE a.status IN ('in_review', 'released', 'final')
          AND ((c.changed < now() - ${SCORE_LAG} AND c.changed > coalesce((SELECT max(computed_at) FROM audit_scores WHERE audit_id = a.id), '-infinity'))
               OR (SELECT s.method_version FROM audit_scores s WHERE s.audit_id = a.id ORDER BY s.computed_at DESC LIMIT 1) <> $1)`,
      [SCORING_METHOD_VERSION],
    );
    const requeued: string[] = [];
    for (const { id } of stale) {
      // A score job this pass queued earlier and the worker has not run yet: queuing it again would only repeat it
      // (a method change leaves every audit stale until its rescore runs).
      const job = await this.jobs.queue('audits').getJob(rescoreJobId(id));
      if (job && isLiveJobState(await job.getState())) continue;
      const requeues = await this.countSince(m, id, 'audit.scoring_requeued', null);
      if (requeues >= MAX_SCORE_REQUEUES) continue; // reported once, below, when the cap is reached
      await this.auditLog.record(
        SYSTEM_CONTEXT,
        { action: 'audit.scoring_requeued', entityType: 'audit', entityId: id, details: { requeue: requeues + 1 } },
        m,
      );
      await job?.remove().catch(() => undefined);
      await this.jobs.enqueue('audits.score', { auditId: id }, { jobId: rescoreJobId(id) });
      if (requeues + 1 === MAX_SCORE_REQUEUES)
        this.logger.error(
          { auditId: id },
          'audit score re-queued the last time; it will not be re-queued again (see the worker log)',
        );
      requeued.push(id);
    }
    return requeued;
  }

  private async rollups(m: EntityManager): Promise<string[]> {
    const requeued: string[] = [];
    for (const { auditId, coderMonths } of await laggingRollups(m)) {
      const job = await this.jobs.queue('rollups').getJob(rollupsJobId(auditId));
      const state = job ? await job.getState() : 'missing';
      if (isLiveJobState(state)) continue; // queued again already, not run yet
      const requeues = await this.countSince(m, auditId, 'audit.rollups_requeued', null);
      if (requeues >= MAX_ROLLUP_REQUEUES) continue;
      await this.auditLog.record(
        SYSTEM_CONTEXT,
        {
          action: 'audit.rollups_requeued',
          entityType: 'audit',
          entityId: auditId,
          details: { requeue: requeues + 1, coderMonths: coderMonths.length, state },
        },
        m,
      );
      await job?.remove().catch(() => undefined);
      await this.jobs.enqueue('rollups.refresh', { coderMonths }, { jobId: rollupsJobId(auditId) });
      const detail = { auditId, coderMonths: coderMonths.length, requeue: requeues + 1 };
      if (requeues + 1 === MAX_ROLLUP_REQUEUES)
        this.logger.error(detail, 'rollup refresh re-queued the last time for this score (see the worker log)');
      else this.logger.warn(detail, 'rollups older than their audit score; refresh queued again');
      requeued.push(auditId);
    }
    return requeued;
  }

  /** Audit-log entries `action` for the audit since its latest `since` entry (or since its latest score when null). */
  private async countSince(m: EntityManager, auditId: string, action: string, since: string | null): Promise<number> {
    const from = since
      ? `(SELECT max(at) FROM audit_log WHERE entity_type = 'audit' AND entity_id = $1 AND action = '${since}')`
      : // audit_scores.audit_id is a uuid, audit_log.entity_id text: one parameter cannot be both.
        `(SELECT max(computed_at) FROM audit_scores WHERE audit_id = $1::text::uuid)`;
    const row = await selectRow(
      m,
      CountRow,
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'audit' AND entity_id = $1 AND action = $2 AND at > coalesce(${from}, '-infinity')`,
      [auditId, action],
    );
    return row?.n ?? 0;
  }

  onApplicationShutdown(): void {
    this.passes.stop();
  }
}
