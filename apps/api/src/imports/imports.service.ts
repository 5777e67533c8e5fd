import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  createImportFieldsSchema,
  type ImportDetailDto,
  type ImportDto,
  type ImportListQuery,
  type Page,
} from '@recode/contracts';
import type { JobsOptions } from 'bullmq';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../audit-log';
import { AppError, notFound } from '../common/errors';
import type { AuthedContext } from '../common/request-context';
import { zodIssuesToDetails } from '../common/zod';
import { changeRows, execute, selectRow, selectRows } from '../database/sql';
import { JobQueue } from '../jobs/job-queue';
import { checkCoderMapping } from './coder-mapping/coder-mapping-check';
import { IMPORT_COLUMNS, toImportDto, toImportErrorDto } from './import-mappers';
import { AnyRow, TotalRow } from '../database/rows';
import { FilePathRow, ImportErrorRow, ImportRow, ImportStatusRow } from './import-rows';
import { UploadReceiver, type ReceivedUpload } from './upload/upload-receiver';

/** Attempts per import job; the runner resumes from its checkpoint on each, and the last one records a failure. */
export const IMPORT_JOB_ATTEMPTS = 5;
const DETAIL_ERRORS = 50;

/** One job per import, keyed by its id (so a cancel or the reconciler finds it). */
export function importJobOptions(importId: string): JobsOptions {
  return { jobId: importId, attempts: IMPORT_JOB_ATTEMPTS, backoff: { type: 'exponential', delay: 5000 } };
}

@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly uploads: UploadReceiver,
    private readonly jobs: JobQueue,
    private readonly auditLog: AuditLogService,
  ) {}

  /** Stores the upload, records the import and queues it; the caller gets the id at once (202). */
  async create(ctx: AuthedContext, req: Request, res: Response): Promise<{ importId: string }> {
    const importId = randomUUID();
    const upload = await this.uploads.receive(req, res, importId);
    try {
      const fields = this.parseFields(upload);
      if (upload.bytes === 0)
        throw new AppError(400, 'IMPORT_FILE_EMPTY', `${upload.fileName || 'The file'} is empty (0 bytes)`, [
          { path: 'body.file', message: 'is empty' },
        ]);
      if (fields.defaultCoderExternalId) {
        const coder = await selectRow(this.db, AnyRow, 'SELECT 1 FROM coders WHERE external_id = $1', [
          fields.defaultCoderExternalId,
        ]);
        if (!coder)
          throw new AppError(400, 'IMPORT_CODER_UNKNOWN', `No coder has the id ${fields.defaultCoderExternalId}`, [
            { path: 'body.defaultCoderExternalId', message: 'is not a known coder' },
          ]);
      }
      const coderMapping = upload.coderMapping
        ? await checkCoderMapping({ ...upload, mapping: upload.coderMapping }, (ids) => this.knownCoders(ids))
        : null;
      await this.db.transaction(async (m) => {
        await execute(
          m,
          `INSERT INTO imports (id, created_by_id, file_name, file_path, file_bytes, file_sha256, requested_layout, source, default_coder_external_id, coder_mapping)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            importId,
            ctx.user.id,
            upload.fileName,
            upload.path,
            upload.bytes,
            upload.sha256,
            fields.layout,
            fields.source,
            fields.defaultCoderExternalId ?? null,
            coderMapping ? JSON.stringify(coderMapping) : null,
          ],
        );
        const details = {
          fileName: upload.fileName,
          bytes: upload.bytes,
          sha256: upload.sha256,
          layout: fields.layout,
          source: fields.source,
          ...(coderMapping
            ? { coderMapping: { fileName: coderMapping.fileName, key: coderMapping.key, entries: coderMapping.size } }
            : {}),
        };
        await this.auditLog.record(
          ctx,
          { action: 'import.created', entityType: 'import', entityId: importId, details },
          m,
        );
      });
    } catch (err) {
      await rm(upload.path, { force: true });
      throw err;
    }
    await this.enqueue(importId);
    return { importId };
  }

  async list(query: ImportListQuery): Promise<Page<ImportDto>> {
    const where = query.status ? 'WHERE i.status = $3' : '';
    const params: unknown[] = [
      query.pageSize,
      (query.page - 1) * query.pageSize,
      ...(query.status ? [query.status] : []),
    ];
    const rows = await selectRows(
      this.db,
      ImportRow,
      `SELECT ${IMPORT_COLUMNS} FROM imports i LEFT JOIN users u ON u.id = i.created_by_id ${where}
       ORDER BY i.created_at DESC, i.id DESC LIMIT $1 OFFSET $2`,
      params,
    );
    const counted = await selectRow(
      this.db,
      TotalRow,
      `SELECT count(*)::int AS total FROM imports i ${where.replace('$3', '$1')}`,
      query.status ? [query.status] : [],
    );
    // count(*) always answers one row.
    const total = counted?.total ?? 0;
    return { items: rows.map(toImportDto), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<ImportDetailDto> {
    const row = await selectRow(
      this.db,
      ImportRow,
      `SELECT ${IMPORT_COLUMNS} FROM imports i LEFT JOIN users u ON u.id = i.created_by_id WHERE i.id = $1`,
      [id],
    );
    if (!row) throw notFound('IMPORT_NOT_FOUND', 'Import');
    const errors = await selectRows(
      this.db,
      ImportErrorRow,
      'SELECT * FROM import_errors WHERE import_id = $1 ORDER BY row_no, id LIMIT $2',
      [id, DETAIL_ERRORS],
    );
    return { ...toImportDto(row), errors: errors.map(toImportErrorDto) };
  }

  /**
   * A queued import is cancelled at once; a running one stops after its current batch. Encounters
   * already written by a running import's write phase stay: each of them is complete and valid.
   */
  async cancel(ctx: AuthedContext, id: string): Promise<ImportDto> {
    await this.db.transaction(async (m) => {
      // NO KEY UPDATE, not UPDATE: a bucket mid-write holds a KEY SHARE lock on the row (its import_errors rows
      // reference it) and may itself wait on other writers; a cancel must not queue behind that.
      const row = await selectRow(m, ImportStatusRow, 'SELECT status FROM imports WHERE id = $1 FOR NO KEY UPDATE', [
        id,
      ]);
      if (!row) throw notFound('IMPORT_NOT_FOUND', 'Import');
      if (row.status !== 'queued' && row.status !== 'running') {
        throw new AppError(
          409,
          'IMPORT_NOT_CANCELLABLE',
          `The import has already ${row.status === 'succeeded' ? 'finished' : row.status === 'failed' ? 'failed' : 'been cancelled'}`,
        );
      }
      await execute(
        m,
        `UPDATE imports SET cancel_requested_at = coalesce(cancel_requested_at, now()), updated_at = now() WHERE id = $1`,
        [id],
      );
      await this.auditLog.record(
        ctx,
        { action: 'import.cancelled', entityType: 'import', entityId: id, details: { status: row.status } },
        m,
      );
    });
    // A job still waiting in the queue never starts; the worker cleans up if it already picked it.
    const job = await this.jobs.queue('imports').getJob(id);
    if (job && (await job.isWaiting())) {
      await job.remove().catch(() => undefined);
      const { rows } = await changeRows(
        this.db,
        FilePathRow,
        `UPDATE imports SET status = 'cancelled', finished_at = now() WHERE id = $1 AND status = 'queued' RETURNING file_path`,
        [id],
      );
      const row = rows[0];
      if (row) await rm(row.file_path, { force: true });
    }
    const { errors: _errors, ...dto } = await this.get(id);
    return dto;
  }

  private async knownCoders(externalIds: string[]): Promise<Set<string>> {
    const rows: { external_id: string }[] = await this.db.query(
      'SELECT external_id FROM coders WHERE external_id = ANY($1::text[])',
      [externalIds],
    );
    return new Set(rows.map((r) => r.external_id));
  }

  private parseFields(upload: ReceivedUpload) {
    const result = createImportFieldsSchema.safeParse(upload.fields);
    if (result.success) return result.data;
    const details = zodIssuesToDetails(result.error.issues, 'body');
    throw new AppError(400, 'VALIDATION_FAILED', `${details[0]?.path}: ${details[0]?.message}`, details);
  }

  private async enqueue(importId: string): Promise<void> {
    try {
      await this.jobs.enqueue('imports.run', { importId }, importJobOptions(importId));
    } catch (err) {
      const failure = { code: 'INTERNAL', message: 'The import could not be queued (is Redis running?)', details: [] };
      await execute(
        this.db,
        `UPDATE imports SET status = 'failed', failure = $2::jsonb, finished_at = now() WHERE id = $1`,
        [importId, JSON.stringify(failure)],
      );
      throw err;
    }
  }
}
