import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { QUEUES, type JobName, type JobPayloads } from '@recode/contracts';
import { Worker, type Job } from 'bullmq';
import type Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { bullConnection } from './connection';
import { JobRegistry } from './job-registry';
import { WORKER_RECOVERY } from './worker-settings';

/** Runs in worker.ts only: one BullMQ worker per queue, dispatching each job to its handler. */
@Injectable()
export class JobWorker implements OnApplicationShutdown {
  private readonly logger = new Logger(JobWorker.name);
  private readonly workers: Worker[] = [];
  /** BullMQ leaves connections it was handed open on close(); they are ours to quit. */
  private readonly connections: Redis[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: JobRegistry,
  ) {}

  start(concurrency: Partial<Record<(typeof QUEUES)[number], number>> = {}): void {
    for (const queue of QUEUES) {
      const connection = bullConnection(this.config);
      this.connections.push(connection);
      const worker = new Worker(queue, (job) => this.run(job), {
        connection,
        prefix: this.config.REDIS_PREFIX,
        concurrency: concurrency[queue] ?? 1,
        ...WORKER_RECOVERY,
      });
      worker.on('failed', (job, err) =>
        this.logger.error({ jobId: job?.id, name: job?.name, err: err.message }, 'job failed'),
      );
      worker.on('stalled', (jobId) =>
        this.logger.warn({ jobId, queue }, 'job stalled (its worker died or blocked); taken over'),
      );
      // Without a listener an 'error' (Redis gone, a lock lost) would end the process; ioredis reconnects on its own.
      worker.on('error', (err) => this.logger.warn({ queue, err: err.message }, 'queue connection error'));
      this.workers.push(worker);
    }
    this.logger.log(`listening on queues: ${QUEUES.join(', ')}`);
  }

  private async run(job: Job): Promise<unknown> {
    const handler = this.registry.get(job.name);
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    const started = Date.now();
    // BullMQ hands back what JobQueue.enqueue stored, typed by the job's name there (JobPayloads).
    const result = await handler(job.data as JobPayloads[JobName], {
      jobId: job.id ?? '',
      attempt: job.attemptsMade + 1,
      updateProgress: (p) => job.updateProgress(p),
    });
    this.logger.log({ jobId: job.id, name: job.name, ms: Date.now() - started }, 'job done');
    return result;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all(this.connections.map((c) => c.quit().catch(() => c.disconnect())));
  }
}
