import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfigOrExit } from './config/env';
import { CoreModule } from './core.module';
import { JobQueue } from './jobs/job-queue';
import { JobWorker } from './jobs/job-worker';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { guardPoolClients } from './database/pool-guard';
import { ImportReconciler } from './imports/recovery/import-reconciler';
import { AuditWorkReconciler } from './audits/recovery/audit-work-reconciler';
import { GrouperService } from './grouper';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  @Module({ imports: [CoreModule.forRoot(config, 'worker')] })
  class WorkerModule {}
  // The job registry verifies at init that every contract job has exactly one handler.
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  guardPoolClients(app.get<DataSource>(getDataSourceToken()), (m) => app.get(Logger).warn(m));
  if (config.IMPORT_GROUPER === 'on') {
    // Every version's grouper tables, compiled once here (about a second each) rather than inside an import.
    const started = Date.now();
    const versions = app.get(GrouperService).preload();
    app.get(Logger).log({ versions, ms: Date.now() - started }, 'grouper tables loaded');
  }
  app.get(JobWorker).start({ imports: 1, audits: 2, rollups: 1, maintenance: 1 });
  app.get(ImportReconciler).start();
  app.get(AuditWorkReconciler).start();
  await app
    .get(JobQueue)
    .schedule('purge-sessions-nightly', 'maintenance.purge-sessions', { olderThanDays: 0 }, '17 3 * * *');
  await app.get(JobQueue).schedule('disputes-lapse-hourly', 'disputes.lapse', {}, '7 * * * *');
}

// A lost connection surfacing as a stray rejection is logged, not fatal: the pools and BullMQ reconnect,
// and the reconciler resumes whatever the failure interrupted.
process.on('unhandledRejection', (err: unknown) => {
  process.stderr.write(
    `Worker: unhandled rejection (kept running): ${err instanceof Error ? err.message : String(err)}\n`,
  );
});

main().catch((err: unknown) => {
  process.stderr.write(`Worker failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
