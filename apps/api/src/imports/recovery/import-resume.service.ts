import { access } from 'node:fs/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../../audit-log';
import { AppError, notFound } from '../../common/errors';
import type { AuthedContext } from '../../common/request-context';
import { execute, selectRow } from '../../database/sql';
import { JobQueue } from '../../jobs/job-queue';
import { ResumableRow } from '../import-rows';
import { importJobOptions } from '../imports.service';

/** Failures that are not the file's fault: running the same file again can succeed. */
const RESUMABLE = new Set(['INTERNAL', 'IMPORT_STALLED']);

/** The admin's "resume" of an import that failed for a reason other than its file: it continues from its checkpoint. */
@Injectable()
export class ImportResumeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly auditLog: AuditLogService,
  ) {}

  async resume(ctx: AuthedContext, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const row = await selectRow(
        m,
        ResumableRow,
        'SELECT status, failure, file_path FROM imports WHERE id = $1 FOR NO KEY UPDATE',
        [id],
      );
      if (!row) throw notFound('IMPORT_NOT_FOUND', 'Import');
      const code = row.failure?.code;
      if (row.status !== 'failed')
        throw new AppError(
          409,
          'IMPORT_NOT_RESUMABLE',
          `Only a failed import can be resumed; this one is ${row.status}`,
        );
      if (!code || !RESUMABLE.has(code)) {
        throw new AppError(
          409,
          'IMPORT_NOT_RESUMABLE',
          `The import failed because of its file (${code ?? 'no reason recorded'}): correct the file and upload it again`,
        );
      }
      const kept = await access(row.file_path).then(
        () => true,
        () => false,
      );
      if (!kept)
        throw new AppError(409, 'IMPORT_NOT_RESUMABLE', 'The uploaded file is no longer kept: upload it again');
      await execute(
        m,
        `UPDATE imports SET status = 'queued', failure = NULL, finished_at = NULL, resume_count = 0, resume_mark = NULL, updated_at = now() WHERE id = $1`,
        [id],
      );
      await this.auditLog.record(
        ctx,
        { action: 'import.resumed', entityType: 'import', entityId: id, details: { failure: code } },
        m,
      );
    });
    const old = await this.jobs.queue('imports').getJob(id);
    if (old) await old.remove().catch(() => undefined);
    // If this fails (Redis down) the import stays queued and the worker's reconciler queues it.
    await this.jobs.enqueue('imports.run', { importId: id }, importJobOptions(id)).catch(() => undefined);
  }
}
