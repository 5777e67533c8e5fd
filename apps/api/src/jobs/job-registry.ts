import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { JOB_NAMES, type JobName, type JobPayloads } from '@recode/contracts';
import { JOB_HANDLER_KEY } from './job-handler.decorator';

export type JobContext = { jobId: string; attempt: number; updateProgress(progress: number | object): Promise<void> };
type Handler = (payload: JobPayloads[JobName], job: JobContext) => Promise<unknown>;

export class JobRegistryError extends Error {}

/** Finds every `@JobHandler` and refuses to start unless each contract job has exactly one. */
@Injectable()
export class JobRegistry implements OnModuleInit {
  private readonly handlers = new Map<JobName, Handler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const found = new Map<string, string[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of this.scanner.getAllMethodNames(proto)) {
        const fn = proto[method];
        if (typeof fn !== 'function') continue;
        const name = this.reflector.get<JobName | undefined>(JOB_HANDLER_KEY, fn as () => unknown);
        if (!name) continue;
        found.set(name, [...(found.get(name) ?? []), `${wrapper.name}.${method}`]);
        this.handlers.set(name, (fn as Handler).bind(instance));
      }
    }
    this.verify(found);
  }

  get(name: string): Handler | undefined {
    return this.handlers.get(name as JobName);
  }

  private verify(found: Map<string, string[]>): void {
    const problems: string[] = [];
    for (const name of JOB_NAMES) {
      const owners = found.get(name) ?? [];
      if (owners.length === 0) problems.push(`job "${name}" has no handler`);
      if (owners.length > 1) problems.push(`job "${name}" has ${owners.length} handlers: ${owners.join(', ')}`);
    }
    for (const name of found.keys()) {
      if (!(JOB_NAMES as string[]).includes(name))
        problems.push(`handler for "${name}", which is not a job in @recode/contracts`);
    }
    if (problems.length)
      throw new JobRegistryError(`Job handlers do not match the contracts:\n  ${problems.join('\n  ')}`);
  }
}
