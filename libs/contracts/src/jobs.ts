/**
 * Every background job: its name, its queue and its payload. The worker refuses to start unless
 * each name here has exactly one handler, so a job can never be enqueued into the void.
 */
export interface JobPayloads {
  'maintenance.purge-sessions': { olderThanDays?: number };
  /** Parse, validate and store one uploaded file (resumes from its last committed batch). */
  'imports.run': { importId: string };
  /** Snapshot the frame, draw the sample and spares from the stored seed, assign auditors (sampling → in_review). */
  'audits.sample': { auditId: string };
  /** A scheduled plan's run: creates an audit from the plan and samples it; keyed by the job id, so a retry creates nothing twice. */
  'audits.run-plan': { planId: string };
  /** Recompute an audit's preliminary (and, once final, final) scores; then refresh the rollups it touches. */
  'audits.score': { auditId: string };
  /** Recompute coder and team rollups for these coder-months (month = YYYY-MM-01). */
  'rollups.refresh': { coderMonths: { coderId: string; month: string }[] };
  /** Hourly: open findings past their audit's deadline become agreed (a lapse); audits with nothing left unsettled go final. */
  'disputes.lapse': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export const QUEUES = ['maintenance', 'imports', 'audits', 'rollups'] as const;
export type QueueName = (typeof QUEUES)[number];

export const JOB_QUEUE: { [K in JobName]: QueueName } = {
  'maintenance.purge-sessions': 'maintenance',
  'imports.run': 'imports',
  'audits.sample': 'audits',
  'audits.run-plan': 'audits',
  'audits.score': 'audits',
  // One queue with concurrency 1 for rollups, so two refreshes of the same month never interleave.
  'rollups.refresh': 'rollups',
  'disputes.lapse': 'audits',
};

export const JOB_NAMES = Object.keys(JOB_QUEUE) as JobName[];
