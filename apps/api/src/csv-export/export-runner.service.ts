import { Injectable, Logger } from '@nestjs/common';
import type { AuditAction } from '@recode/contracts';
import type { Response } from 'express';
import { AuditLogService } from '../audit-log';
import type { AuthedContext } from '../common/request-context';
import { sendCsv, type CsvColumn } from './csv-response';

export interface ExportSpec<R> {
  /** Audit-log action, e.g. `export.encounters`. */
  action: AuditAction;
  fileName: string;
  /** The filters as the caller gave them (after validation), recorded in the audit log. */
  filters: Record<string, unknown>;
  columns: readonly CsvColumn<R>[];
  batches: AsyncIterable<R[]> | Iterable<R[]>;
  entityType?: string;
  entityId?: string;
}

/** Streams one export and writes its audit-log entry (filters, rows sent, whether the download finished) before the last byte goes out. */
@Injectable()
export class ExportRunner {
  private readonly logger = new Logger(ExportRunner.name);

  constructor(private readonly auditLog: AuditLogService) {}

  async send<R>(ctx: AuthedContext, res: Response, spec: ExportSpec<R>): Promise<void> {
    const result = await sendCsv(res, spec.fileName, spec.columns, spec.batches);
    if (result.error) this.logger.error(`${spec.action} stopped after ${result.rows} rows: ${result.error}`);
    try {
      await this.auditLog.record(ctx, {
        action: spec.action,
        entityType: spec.entityType,
        entityId: spec.entityId,
        details: { filters: spec.filters, rows: result.rows, complete: result.complete },
      });
    } catch (error) {
      // The response is already out; a lost entry is logged loudly rather than thrown into a finished request.
      this.logger.error(
        `audit-log entry for ${spec.action} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (result.complete) res.end();
  }
}
