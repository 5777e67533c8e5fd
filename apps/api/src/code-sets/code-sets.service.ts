import { rm } from 'node:fs/promises';
import * as path from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CodeSetDto, CptUploadRequest, CptUploadResponse } from '@recode/contracts';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../audit-log';
import { badRequest } from '../common/errors';
import type { AuthedContext } from '../common/request-context';
import { selectRows } from '../database/sql';
import { BillableCountRow } from './code-set-sql-rows';
import type { CodeSetFileSpec } from './code-set-files';
import { loadCodeSetFile, type CodeSetFileLoad } from './code-set-loader';
import { CodeSetLookup } from './code-set-lookup';
import { CodeSet } from './code-set.entity';

/** What the upload handler receives from multer (disk storage). */
export interface UploadedCodeSetFile {
  path: string;
  originalname: string;
  size: number;
}

function toDto(set: CodeSet, billable: ReadonlyMap<number, number>): CodeSetDto {
  return { ...set, billableCount: billable.get(set.id) ?? null, loadedAt: set.loadedAt.toISOString() };
}

/** Lists kept in their own tables (POA-exempt, MS-DRG) have no rows in `codes`, hence no entry. */
async function billableCounts(db: DataSource, ids?: readonly number[]): Promise<Map<number, number>> {
  const rows = await selectRows(
    db,
    BillableCountRow,
    `SELECT code_set_id AS id, count(*) FILTER (WHERE billable)::int AS n FROM codes WHERE $1::int[] IS NULL OR code_set_id = ANY($1) GROUP BY code_set_id`,
    [ids ?? null],
  );
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** CPT is released yearly: by default a file is in force for one year from its start date. */
function oneYearLater(effectiveFrom: string): string {
  const date = new Date(`${effectiveFrom}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

@Injectable()
export class CodeSetsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auditLog: AuditLogService,
    private readonly lookup: CodeSetLookup,
  ) {}

  async list(): Promise<CodeSetDto[]> {
    const [sets, billable] = await Promise.all([
      this.db.getRepository(CodeSet).find({ order: { system: 'ASC', effectiveFrom: 'ASC', version: 'ASC' } }),
      billableCounts(this.db),
    ]);
    return sets.map((set) => toDto(set, billable));
  }

  /**
   * Loads a customer's licensed CPT file as code set (CPT, version). Every row is checked first;
   * the load and its audit entry commit together or not at all. The uploaded file is deleted
   * afterwards either way: CPT content is the customer's licence and is kept only in the database.
   */
  async uploadCpt(
    ctx: AuthedContext,
    file: UploadedCodeSetFile | undefined,
    body: CptUploadRequest,
  ): Promise<CptUploadResponse> {
    if (!file)
      throw badRequest('VALIDATION_FAILED', 'body.file: is required', [
        {
          path: 'body.file',
          message: 'attach the CPT file (CSV with code and description columns) as multipart field "file"',
        },
      ]);
    try {
      const spec: CodeSetFileSpec = {
        kind: 'cpt',
        // The client's name for the file, without any folder part, for messages and the code_sets row.
        fileName: path.basename(file.originalname.replace(/\\/g, '/')).slice(0, 200) || 'cpt.csv',
        filePath: file.path,
        version: body.version,
        fiscalYear: null,
        effectiveFrom: body.effectiveFrom,
        effectiveTo: body.effectiveTo ?? oneYearLater(body.effectiveFrom),
        systems: ['CPT'],
      };
      const audit = (load: CodeSetFileLoad): Parameters<AuditLogService['record']>[1] => ({
        action: 'code_set.cpt_uploaded',
        entityType: 'code_set',
        entityId: String(load.codeSetIds[0]),
        details: {
          version: spec.version,
          fileName: spec.fileName,
          rows: load.rows,
          checksum: load.checksum,
          status: load.status,
          effectiveFrom: spec.effectiveFrom,
          effectiveTo: spec.effectiveTo,
        },
      });
      const load = await loadCodeSetFile(this.db, spec, {
        beforeCommit: (manager, done) => this.auditLog.record(ctx, audit(done), manager),
      });
      // A skipped upload wrote nothing, but who sent which file is still worth keeping.
      if (load.status === 'skipped') await this.auditLog.record(ctx, audit(load));
      else this.lookup.invalidate();
      const codeSet = await this.db.getRepository(CodeSet).findOneByOrFail({ id: load.codeSetIds[0] });
      return { status: load.status, codeSet: toDto(codeSet, await billableCounts(this.db, [codeSet.id])) };
    } finally {
      await rm(file.path, { force: true });
    }
  }
}
