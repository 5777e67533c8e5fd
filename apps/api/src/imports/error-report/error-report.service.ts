import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportErrorDto } from '@recode/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/errors';
import type { AuthedContext } from '../../common/request-context';
import { type CsvColumn, ExportRunner, rowBatches } from '../../csv-export';
import { selectRow } from '../../database/sql';
import { toImportErrorDto } from '../import-mappers';
import { FileNameRow, ImportErrorRow } from '../import-rows';

/** Header kept as it was (people and scripts read these files); the values come from uploaded files, so the shared writer defuses formulas. */
const ERROR_COLUMNS: CsvColumn<ImportErrorDto>[] = [
  { header: 'row', value: (e) => e.row },
  { header: 'encounter', value: (e) => e.encounter },
  { header: 'field', value: (e) => e.field },
  { header: 'value', value: (e) => e.value },
  { header: 'code', value: (e) => e.code },
  { header: 'severity', value: (e) => e.severity },
  { header: 'message', value: (e) => e.message },
];

async function* asDtos(batches: AsyncIterable<ImportErrorRow[]>): AsyncGenerator<ImportErrorDto[]> {
  for await (const batch of batches) yield batch.map(toImportErrorDto);
}

/** errors.csv: every problem of an import in row order, streamed from a cursor, never all in memory; audit-logged as export.import_errors. */
@Injectable()
export class ErrorReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: ExportRunner,
  ) {}

  async stream(ctx: AuthedContext, importId: string, res: Response): Promise<void> {
    const found = await selectRow(this.db, FileNameRow, 'SELECT file_name FROM imports WHERE id = $1', [importId]);
    if (!found) throw notFound('IMPORT_NOT_FOUND', 'Import');
    const base =
      String(found.file_name)
        .replace(/\.[^.]*$/, '')
        .replace(/[^A-Za-z0-9_.-]+/g, '_') || 'import';
    const rows = rowBatches(
      this.db,
      ImportErrorRow,
      'SELECT * FROM import_errors WHERE import_id = $1 ORDER BY row_no, id',
      [importId],
    );
    await this.runner.send(ctx, res, {
      action: 'export.import_errors',
      fileName: `${base}-errors.csv`,
      filters: { importId },
      columns: ERROR_COLUMNS,
      batches: asDtos(rows),
      entityType: 'import',
      entityId: importId,
    });
  }
}
