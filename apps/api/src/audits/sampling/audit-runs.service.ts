import { randomInt } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditDto, AuditPlanDto, AuditPlanSnapshot, PlanMethod, RunPlanRequest } from '@recode/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogService } from '../../audit-log';
import { AppError } from '../../common/errors';
import type { AuthedContext, RequestContext } from '../../common/request-context';
import { selectRow } from '../../database/sql';
import { JobHandler } from '../../jobs/job-handler.decorator';
import type { JobContext } from '../../jobs/job-registry';
import { JobQueue } from '../../jobs/job-queue';
import { AuditTransitionsService } from '../lifecycle/audit-transitions.service';
import { SYSTEM_CONTEXT } from '../../common/request-context';
import { IdRow } from '../../database/rows';
import { AuditsService } from '../lifecycle/audits.service';
import { PlanPreviewService } from '../plans/plan-preview.service';
import { AuditPlansService } from '../plans/audit-plans.service';
import { loadAuditorPool } from './auditor-pool';
import { SamplingService } from './sampling.service';
import { checkRatStatsRun, generateRatStatsSeed } from './ratstats-draw';
import { enqueueSampling } from './sampling-job';
import { RunKeyAuditRow, ScheduledPlanRow } from './sampling-rows';

/** A seed someone can read out and type: decimal digits, 48 bits from the OS's CSPRNG. */
export function generateSeed(): string {
  return String(randomInt(0, 2 ** 48 - 1));
}

/** A new seed in the form the plan's method takes (RAT-STATS accepts only numbers up to RATSTATS_SEED_MAX). */
const seedFor = (method: PlanMethod): string => (method.type === 'ratstats' ? generateRatStatsSeed() : generateSeed());

/** Starts audits from plans: by a person (checked first, so a bad plan is a 4xx, not a failed job) or by a schedule. */
@Injectable()
export class AuditRunsService {
  private readonly logger = new Logger(AuditRunsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: AuditPlansService,
    private readonly preview: PlanPreviewService,
    private readonly transitions: AuditTransitionsService,
    private readonly audits: AuditsService,
    private readonly sampling: SamplingService,
    private readonly auditLog: AuditLogService,
    private readonly jobs: JobQueue,
  ) {}

  async run(ctx: AuthedContext, planId: string, body: RunPlanRequest): Promise<AuditDto> {
    const plan = await this.plans.get(ctx, planId);
    if (plan.archived) throw new AppError(409, 'CONFLICT', 'An archived plan cannot be run');
    const snapshot = await this.preview.snapshot(plan.id, plan);
    const preview = await this.preview.previewSnapshot(snapshot, plan.teamIds);
    if ((await loadAuditorPool(this.db, snapshot.auditorIds)).length === 0) {
      throw new AppError(409, 'NO_AUDITORS_AVAILABLE', 'There is no active auditor to assign the sample to');
    }
    const seed = body.seed ?? plan.seed ?? seedFor(plan.method);
    checkRatStatsRun(snapshot, seed, 'body.seed', preview.frameSize);
    const auditId = await this.db.transaction(async (m) => {
      const id = await this.createAudit(
        m,
        ctx,
        plan,
        snapshot,
        seed,
        body.name ?? defaultName(plan.name, snapshot),
        null,
        ctx.user.id,
      );
      await this.transitions.startSampling(m, ctx, id);
      return id;
    });
    await enqueueSampling(this.jobs, auditId);
    return this.audits.get(ctx, auditId);
  }

  /** A schedule tick. Keyed by the job id: a retried tick samples the audit it already made instead of making another. */
  @JobHandler('audits.run-plan')
  async runScheduled(payload: { planId: string }, job: JobContext): Promise<{ auditId: string | null }> {
    const runKey = `schedule:${job.jobId}`;
    const existing = await selectRow(this.db, RunKeyAuditRow, 'SELECT id, status FROM audits WHERE run_key = $1', [
      runKey,
    ]);
    if (existing) {
      if (existing.status === 'sampling') await this.sampling.sample(existing.id);
      return { auditId: existing.id };
    }
    const plan = await selectRow(
      this.db,
      ScheduledPlanRow,
      `SELECT id, name, team_ids AS "teamIds", scope, method, rules, seed, spares, exclusion_window_days AS "exclusionWindowDays",
              due_in_days AS "dueInDays", auditor_ids AS "auditorIds", created_by_id AS "createdById"
         FROM audit_plans WHERE id = $1 AND archived_at IS NULL`,
      [payload.planId],
    );
    if (!plan) {
      this.logger.warn(`scheduled run of plan ${payload.planId} skipped: the plan is archived or gone`);
      return { auditId: null };
    }
    const snapshot = await this.preview.snapshot(plan.id, plan);
    const auditId = await this.db.transaction(async (m) => {
      const ctx: RequestContext = SYSTEM_CONTEXT;
      const id = await this.createAudit(
        m,
        ctx,
        plan,
        snapshot,
        plan.seed ?? seedFor(plan.method),
        defaultName(plan.name, snapshot),
        runKey,
        plan.createdById,
      );
      await this.transitions.startSampling(m, ctx, id);
      return id;
    });
    // Sampled here rather than queued: the tick is already a job, and its retry covers both steps.
    await this.sampling.sample(auditId);
    return { auditId };
  }

  private async createAudit(
    m: EntityManager,
    ctx: RequestContext,
    plan: Pick<AuditPlanDto, 'id' | 'teamIds'>,
    snapshot: AuditPlanSnapshot,
    seed: string,
    name: string,
    runKey: string | null,
    createdById: string | null,
  ): Promise<string> {
    const inserted = await selectRow(
      m,
      IdRow,
      `INSERT INTO audits (plan_id, run_key, name, status, team_ids, plan_snapshot, seed, created_by_id)
       VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7) RETURNING id`,
      [plan.id, runKey, name, plan.teamIds, snapshot, seed, createdById],
    );
    if (!inserted) throw new Error('INSERT … RETURNING id returned no row');
    const { id } = inserted;
    await this.auditLog.record(
      ctx,
      {
        action: 'audit.created',
        entityType: 'audit',
        entityId: id,
        details: { planId: plan.id, seed, period: snapshot.period, scheduled: runKey !== null },
      },
      m,
    );
    return id;
  }
}

function defaultName(planName: string, snapshot: AuditPlanSnapshot): string {
  const { from, to } = snapshot.period;
  return from || to ? `${planName} (${from ?? '…'} – ${to ?? '…'})` : planName;
}
