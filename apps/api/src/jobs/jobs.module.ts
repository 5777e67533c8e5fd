import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobQueue } from './job-queue';
import { JobRegistry } from './job-registry';
import { JobWorker } from './job-worker';

@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [JobQueue, JobRegistry, JobWorker],
  exports: [JobQueue, JobRegistry, JobWorker],
})
export class JobsModule {}
