import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@recode/contracts';
import { JobHandler } from '../jobs/job-handler.decorator';
import type { JobContext } from '../jobs/job-registry';
import { IMPORT_JOB_ATTEMPTS } from './imports.service';
import { ImportRunner } from './runner/import-runner';

@Injectable()
export class ImportJobHandler {
  constructor(private readonly runner: ImportRunner) {}

  /** Idempotent: a retried or resumed job continues from the import's last committed batch. */
  @JobHandler('imports.run')
  async run(payload: JobPayloads['imports.run'], job: JobContext): Promise<{ status: string }> {
    const status = await this.runner.run(payload.importId, { finalAttempt: job.attempt >= IMPORT_JOB_ATTEMPTS });
    return { status };
  }
}
