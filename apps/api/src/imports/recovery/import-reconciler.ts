import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportFailure } from '@recode/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { execute, selectRow, selectRows } from '../../database/sql';
import { isLiveJobState, JobQueue } from '../../jobs/job-queue';
import { PeriodicPass } from '../../jobs/periodic-pass';
import { LockRow } from '../../database/rows';
import { ReconcileCandidateRow } from '../import-rows';
import { importJobOptions } from '../imports.service';

export const RECONCILE_EVERY_MS = 3_000;
/** Resumes in a row from the same checkpoint before the import is failed (an admin can still resume it). */
export const MAX_RESUMES_WITHOUT_PROGRESS = 3;
const LOCK_KEY = 7301006;

/**
 * The database is the source of truth for imports in flight: an import `queued` or `running` whose
 * queue job is gone, failed (e.g. "stalled more than allowable limit") or completed is queued again and
 * resumes from its checkpoint. Runs at worker start and every few seconds, one pass at a time across
 * all workers (an advisory lock); the runner's own advisory lock keeps one runner per import.
 */
@Injectable()
export class ImportReconciler implements OnApplicationShutdown {
  private readonly logger = new Logger(ImportReconciler.name);
  private readonly passes = new PeriodicPass(
    'import reconcile pass',
    RECONCILE_EVERY_MS,
    () => this.reconcile(),
    this.logger,
  );

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  start(): void {
    this.passes.start();
  }

  /** One pass; answers the ids it queued again. */
  async reconcile(): Promise<string[]> {
    return this.db.transaction(async (m) => {
      const lock = await selectRow(m, LockRow, 'SELECT pg_try_advisory_xact_lock($1) AS ok', [LOCK_KEY]);
      if (!lock?.ok) return [];
      // A fresh upload is inserted a moment before its job is added: leave it a few seconds.
      const rows = await selectRows(
        m,
        ReconcileCandidateRow,
        `SELECT id, phase, rows_parsed, cardinality(buckets_written) AS buckets, bucket_count, resume_count, resume_mark
           FROM imports WHERE status IN ('queued', 'running') AND updated_at < now() - interval '3 seconds' FOR NO KEY UPDATE SKIP LOCKED`,
      );
      const resumed: string[] = [];
      for (const row of rows) if (await this.reconcileOne(m, row)) resumed.push(row.id);
      return resumed;
    });
  }

  private async reconcileOne(m: EntityManager, row: ReconcileCandidateRow): Promise<boolean> {
    const queue = this.jobs.queue('imports');
    const job = await queue.getJob(row.id);
    const state = job ? await job.getState() : 'missing';
    if (isLiveJobState(state)) return false;
    const mark = `${row.phase}:${row.rows_parsed}:${row.buckets}`;
    const count = row.resume_mark === mark ? row.resume_count + 1 : 1;
    if (count > MAX_RESUMES_WITHOUT_PROGRESS) {
      const failure: ImportFailure = {
        code: 'IMPORT_STALLED',
        message: `The import stopped making progress: it was resumed ${MAX_RESUMES_WITHOUT_PROGRESS} times from the same point (${row.phase} phase, ${row.rows_parsed} rows read, ${row.buckets} of ${row.bucket_count ?? '?'} buckets written). See the worker log; an admin can resume it.`,
        details: [
          { message: `last queue state: ${state}${job?.failedReason ? ` (${job.failedReason.slice(0, 300)})` : ''}` },
        ],
      };
      // The upload and staged rows are kept, so an admin's resume continues from here.
      await execute(
        m,
        `UPDATE imports SET status = 'failed', failure = $2::jsonb, finished_at = now(), updated_at = now() WHERE id = $1`,
        [row.id, JSON.stringify(failure)],
      );
      this.logger.error({ importId: row.id, state }, 'import failed: no progress after repeated resumes');
      return false;
    }
    await execute(m, 'UPDATE imports SET resume_count = $2, resume_mark = $3 WHERE id = $1', [row.id, count, mark]);
    if (job) await job.remove().catch(() => undefined);
    await this.jobs.enqueue('imports.run', { importId: row.id }, importJobOptions(row.id));
    this.logger.warn(
      { importId: row.id, state, checkpoint: mark, resume: count },
      'import had no live queue job; queued again from its checkpoint',
    );
    return true;
  }

  onApplicationShutdown(): void {
    this.passes.stop();
  }
}
