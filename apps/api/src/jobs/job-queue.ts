import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { JOB_QUEUE, type JobName, type JobPayloads, type QueueName } from '@recode/contracts';
import { Queue, type JobsOptions } from 'bullmq';
import type Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { bullConnection } from './connection';

/** Queue states in which BullMQ still owns a job: it will run, or its stall check hands it to another worker. */
const LIVE_STATES: ReadonlySet<string> = new Set(['active', 'waiting', 'delayed', 'prioritized', 'waiting-children']);

export const isLiveJobState = (state: string): boolean => LIVE_STATES.has(state);

/** The only way to enqueue: typed by the contracts, so a payload can never drift from its handler. */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();
  /** BullMQ leaves connections it was handed open on close(); they are ours to quit. */
  private readonly connections: Redis[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: JobsOptions = {}): Promise<string> {
    const job = await this.queue(JOB_QUEUE[name]).add(name, payload, {
      attempts: 3,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
      removeOnFail: { age: 30 * 24 * 3600 },
      ...options,
    });
    return job.id ?? '';
  }

  /** Repeating jobs (e.g. nightly clean-up, scheduled audits); upsert keeps one schedule per id. */
  async schedule<N extends JobName>(
    schedulerId: string,
    name: N,
    payload: JobPayloads[N],
    pattern: string,
  ): Promise<void> {
    await this.queue(JOB_QUEUE[name]).upsertJobScheduler(schedulerId, { pattern }, { name, data: payload });
  }

  /** Removes a schedule made with `schedule`; nothing happens if there is none. */
  async unschedule<N extends JobName>(schedulerId: string, name: N): Promise<void> {
    await this.queue(JOB_QUEUE[name]).removeJobScheduler(schedulerId);
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      const connection = bullConnection(this.config);
      this.connections.push(connection);
      queue = new Queue(name, { connection, prefix: this.config.REDIS_PREFIX });
      // An unheard 'error' (Redis restarting) would end the process; ioredis reconnects and calls resume.
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    await Promise.all(this.connections.map((c) => c.quit().catch(() => c.disconnect())));
  }
}
