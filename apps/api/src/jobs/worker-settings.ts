import type { WorkerOptions } from 'bullmq';

/**
 * How fast a dead worker's job is taken over (see docs/operations.md). A live worker renews its job
 * lock every LOCK_MS / 2; once a killed worker's lock has expired, the next stall check (every
 * STALL_CHECK_MS, on any live worker) moves the job back to waiting: at most about LOCK_MS +
 * STALL_CHECK_MS (7 s) after the kill. A job stalling more than MAX_STALLS times is failed by BullMQ
 * and then resumed by the reconciler, which owns the final say (the database row).
 */
export const LOCK_MS = 5_000;
export const STALL_CHECK_MS = 2_000;
export const MAX_STALLS = 3;

export const WORKER_RECOVERY: Pick<WorkerOptions, 'lockDuration' | 'stalledInterval' | 'maxStalledCount'> = {
  lockDuration: LOCK_MS,
  stalledInterval: STALL_CHECK_MS,
  maxStalledCount: MAX_STALLS,
};
