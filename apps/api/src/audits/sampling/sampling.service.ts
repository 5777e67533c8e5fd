import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assignToAuditors,
  createXoshiro128StarStar,
  drawSample,
  SamplingError,
  type FrameItem,
  type SampleDraw,
} from '@recode/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AuditLogService } from '../../audit-log';
import { AppError } from '../../common/errors';
import { execute, selectRow } from '../../database/sql';
import { JobHandler } from '../../jobs/job-handler.decorator';
import { SYSTEM_CONTEXT } from '../../common/request-context';
import { moveStatus } from '../lifecycle/audit-status';
import { loadAuditorPool } from './auditor-pool';
import { loadFrame } from './frame-loader';
import { frameNeeds, isStratified } from './plan-definition';
import { frameScopeOf, samplePlanOf } from './run-snapshot';
import { drawByRank } from './rank-sampler';
import { drawRatStats } from './ratstats-draw';
import { frameHashOf, writeFrame, writeFrameFromScope, writeItems } from './sample-writer';
import { toAppError } from './sampling-errors';
import { withSamplingLock } from './sampling-job';
import { SamplingAuditRow } from './sampling-rows';

type SamplingAudit = z.infer<typeof SamplingAuditRow>;

export type SampleOutcome =
  | { status: 'sampled'; sampleSize: number; spareCount: number; frameSize: number }
  | { status: 'failed'; code: string }
  | { status: 'skipped' };

const addDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The sampling job: snapshot the frame, draw from the stored seed (drawSample: same frame + seed =
 * same sample), assign auditors (seeded tie-breaks, never the encounter's own coder), write it all in
 * one transaction and move the audit to in_review. A plan problem (empty frame, too large a sample,
 * nobody to assign to) returns the audit to draft with the reason; anything else is retried.
 */
@Injectable()
export class SamplingService {
  private readonly logger = new Logger(SamplingService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auditLog: AuditLogService,
  ) {}

  @JobHandler('audits.sample')
  async handle(payload: { auditId: string }): Promise<SampleOutcome> {
    return this.sample(payload.auditId);
  }

  /** Under the audit's sampling lock (sampling-job.ts): one sampler at a time, and the reconciler can tell a live one. */
  async sample(auditId: string): Promise<SampleOutcome> {
    return (await withSamplingLock(this.db, auditId, () => this.sampleLocked(auditId))) ?? { status: 'skipped' };
  }

  private async sampleLocked(auditId: string): Promise<SampleOutcome> {
    const audit = await selectRow(
      this.db,
      SamplingAuditRow,
      'SELECT id, status, seed, team_ids AS "teamIds", plan_snapshot AS snapshot FROM audits WHERE id = $1',
      [auditId],
    );
    // Idempotent: a retried job after a commit finds the audit already in review.
    if (!audit || audit.status !== 'sampling') return { status: 'skipped' };
    try {
      return await this.draw(audit);
    } catch (err) {
      const failure =
        err instanceof SamplingError ? toAppError(err) : err instanceof AppError && err.status < 500 ? err : null;
      if (!failure) throw err;
      await this.fail(auditId, failure);
      return { status: 'failed', code: String(failure.code) };
    }
  }

  /**
   * Plans without targeting rules draw by rank (rank-sampler: only the picked ids leave the database,
   * the frame snapshot is an INSERT … SELECT), inside one REPEATABLE READ transaction so counts, picks
   * and snapshot see the same frame. Rules look at each item, so those plans still read the frame.
   */
  private async draw(audit: SamplingAudit): Promise<SampleOutcome> {
    const { snapshot } = audit;
    const scope = frameScopeOf(snapshot, audit.teamIds);
    if (snapshot.method.type === 'ratstats') {
      return this.db.transaction('REPEATABLE READ', async (m) => {
        const { draw, snapshotFrame } = await drawRatStats(m, audit.id, audit.seed, scope, snapshot);
        return this.store(m, audit, draw, snapshotFrame);
      });
    }
    const plan = samplePlanOf(snapshot, audit.seed);
    if (!snapshot.rules || snapshot.rules.rules.length === 0) {
      return this.db.transaction('REPEATABLE READ', async (m) => {
        const draw = await drawByRank(m, scope, plan, snapshot.exclusionWindowDays);
        return this.store(m, audit, draw, () => writeFrameFromScope(m, audit.id, scope, draw.excludedVersionIds));
      });
    }
    const frame = await loadFrame(this.db, scope, frameNeeds(snapshot.rules), snapshot.exclusionWindowDays);
    const draw = drawSample(frame.items, plan, { excludedIds: frame.excludedIds });
    const scopeIds = frame.items.map((item) => item.id);
    const excludedIds = [...frame.excludedIds].sort();
    return this.db.transaction((m) =>
      this.store(m, audit, draw, async () => {
        await writeFrame(m, audit.id, scopeIds, excludedIds);
        return frameHashOf(scopeIds, excludedIds);
      }),
    );
  }

  /** Assigns auditors, stores frame (via `snapshotFrame`, which returns its hash) and items, moves the audit to in_review. */
  private async store(
    m: EntityManager,
    audit: SamplingAudit,
    draw: SampleDraw<FrameItem>,
    snapshotFrame: () => Promise<string>,
  ): Promise<SampleOutcome> {
    const { snapshot } = audit;
    const auditors = await loadAuditorPool(m, snapshot.auditorIds);
    const assignment = assignToAuditors(draw.sample, auditors, createXoshiro128StarStar(`${audit.seed}\u001fassign`));
    if (assignment.unassigned.length) {
      const first = assignment.unassigned[0];
      throw new AppError(
        409,
        'NO_AUDITORS_AVAILABLE',
        `${assignment.unassigned.length} sampled record(s) have no auditor who may review them: ${first?.message}`,
        [{ path: 'auditorIds', message: first?.message ?? '', unassigned: assignment.unassigned.length }],
      );
    }
    await execute(m, 'SELECT id FROM audits WHERE id = $1 FOR UPDATE', [audit.id]);
    const frameHash = await snapshotFrame();
    await writeItems(m, {
      auditId: audit.id,
      draw,
      stratified: isStratified(snapshot.method),
      auditorOf: new Map(assignment.assignments.map((a) => [a.itemId, a.auditorId])),
      dueDate: addDays(snapshot.dueInDays),
    });
    await moveStatus(
      m,
      audit.id,
      'in_review',
      `algorithm = $3, frame_size = $4, scope_size = $5, excluded_count = $6, filtered_out_count = $7, frame_hash = $8,
       sample_size = $9, spare_count = $10, due_date = $11, sampled_at = now()`,
      [
        draw.algorithm,
        draw.frameSize,
        draw.scopeSize,
        draw.excludedCount,
        draw.filteredOutCount,
        frameHash,
        draw.sample.length,
        draw.spares.length,
        addDays(snapshot.dueInDays),
      ],
    );
    const details = {
      seed: audit.seed,
      algorithm: draw.algorithm,
      frameSize: draw.frameSize,
      frameHash,
      sampleSize: draw.sample.length,
      spareCount: draw.spares.length,
      auditorLoads: assignment.loads,
    };
    await this.auditLog.record(
      SYSTEM_CONTEXT,
      { action: 'audit.sampled', entityType: 'audit', entityId: audit.id, details },
      m,
    );
    return {
      status: 'sampled',
      sampleSize: draw.sample.length,
      spareCount: draw.spares.length,
      frameSize: draw.frameSize,
    };
  }

  private async fail(auditId: string, failure: AppError): Promise<void> {
    this.logger.warn(`sampling of audit ${auditId} failed: ${failure.message}`);
    const samplingError = { code: failure.code, message: failure.message, details: failure.details };
    await this.db.transaction(async (m) => {
      await moveStatus(m, auditId, 'draft', 'sampling_error = $3', [samplingError]);
      await this.auditLog.record(
        SYSTEM_CONTEXT,
        { action: 'audit.sampling_failed', entityType: 'audit', entityId: auditId, details: samplingError },
        m,
      );
    });
  }
}
