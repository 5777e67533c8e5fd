import type { JobsOptions } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import { execute, selectRow } from '../../database/sql';
import { isLiveJobState, type JobQueue } from '../../jobs/job-queue';
import { LockRow } from '../../database/rows';
import { LockHeldRow } from './sampling-rows';

/** One sampling job per audit, keyed by it, so the reconciler can ask the queue about it. */
export const samplingJobId = (auditId: string): string => `sample-${auditId}`;

/** Queues `audits.sample`; an earlier, finished job under the same id (a retry after draft) is removed first. */
export async function enqueueSampling(jobs: JobQueue, auditId: string, options: JobsOptions = {}): Promise<void> {
  const old = await jobs.queue('audits').getJob(samplingJobId(auditId));
  if (old && !isLiveJobState(await old.getState())) await old.remove().catch(() => undefined);
  await jobs.enqueue('audits.sample', { auditId }, { jobId: samplingJobId(auditId), ...options });
}

/** Session advisory lock held while an audit is being sampled: a live sampler holds it, a dead one's backend released it. */
const lockSql = (fn: string): string => `SELECT ${fn}(hashtext('recode.audit-sample'), hashtext($1)) AS ok`;

/** Runs `work` holding the audit's sampling lock on a connection of its own; answers null when someone else holds it. */
export async function withSamplingLock<T>(db: DataSource, auditId: string, work: () => Promise<T>): Promise<T | null> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    const lock = await selectRow(runner, LockRow, lockSql('pg_try_advisory_lock'), [auditId]);
    if (!lock?.ok) return null;
    try {
      return await work();
    } finally {
      await execute(runner, lockSql('pg_advisory_unlock'), [auditId]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}

/** Whether a live session is sampling the audit now (its lock is held). */
export async function samplingInProgress(m: EntityManager, auditId: string): Promise<boolean> {
  const row = await selectRow(
    m,
    LockHeldRow,
    `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND classid = hashtext('recode.audit-sample')::oid AND objid = hashtext($1)::oid AND objsubid = 2) AS held`,
    [auditId],
  );
  return row?.held ?? false;
}
