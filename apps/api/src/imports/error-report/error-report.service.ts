import { once } from 'node:events';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/errors';
import { toImportErrorDto } from '../import-mappers';
import { ERROR_CSV_HEADER, errorCsvLine } from './error-csv';

const PAGE = 5000;

/** errors.csv: every problem of an import in row order, streamed page by page (keyset), never all in memory. */
@Injectable()
export class ErrorReportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async stream(importId: string, res: Response): Promise<void> {
    const [found] = await this.db.query('SELECT file_name FROM imports WHERE id = $1', [importId]);
    if (!found) throw notFound('IMPORT_NOT_FOUND', 'Import');
    const base = String(found.file_name).replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_.-]+/g, '_') || 'import';
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${base}-errors.csv"`);
    res.write(ERROR_CSV_HEADER);
    let after: [number, string] = [0, '0'];
    for (;;) {
      const rows = await this.db.query(
        `SELECT * FROM import_errors WHERE import_id = $1 AND (row_no, id) > ($2, $3::bigint) ORDER BY row_no, id LIMIT ${PAGE}`,
        [importId, after[0], after[1]],
      );
      if (rows.length === 0) break;
      const chunk = rows.map((r: unknown) => errorCsvLine(toImportErrorDto(r))).join('');
      if (!res.write(chunk)) await once(res, 'drain');
      const last = rows[rows.length - 1];
      after = [last.row_no, last.id];
      if (rows.length < PAGE) break;
    }
    res.end();
  }
}
