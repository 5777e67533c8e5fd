import type { PoolClient } from 'pg';
import { pgRow } from '../../database/pg-sql';
import { execute } from '../../database/sql';
import { CancelRow } from '../import-rows';
import type { AssembledEncounter } from '../assembly/encounter-assembly';
import type { RowIssue } from '../layouts/mapped-row';
import { CopyBuffer } from './copy-buffer';
import { copyInto } from './copy-into';
import { copyLine } from './copy-text';
import { STAGE_CODE_COLUMNS, STAGE_FRAGMENT_COLUMNS, type StageTables } from './stage-tables';

export const ERROR_COLUMNS = ['import_id', 'row_no', 'encounter_ref', 'field', 'value', 'code', 'severity', 'message'];

/** COPY lines of one assembled fragment, shared by staging (phase 1) and re-assembly (phase 2). */
export function fragmentLine(id: number, bucket: number, e: AssembledEncounter): string {
  const f = e.fields;
  const d = e.disagreement;
  return copyLine([
    id,
    bucket,
    e.source,
    e.externalId,
    e.firstRow,
    e.rowCount,
    f.coderRef || null,
    f.coderId,
    f.setting,
    f.facility,
    f.payer,
    f.admissionDate,
    f.dischargeDate,
    f.serviceDate,
    f.encounterDate,
    f.fiscalYear,
    f.drg,
    e.charges,
    f.patientRef,
    e.fatal,
    d?.field ?? null,
    d ? d.values.join(' / ') : null,
    d?.message ?? null,
    e.rowFlags,
    e.flags,
    e.principalDiagnoses,
    e.codes.length,
    e.hash,
    f.age,
    f.sex,
    f.dischargeStatus,
  ]);
}

export function codeLines(id: number, bucket: number, e: AssembledEncounter, into: CopyBuffer): void {
  for (const c of e.codes) {
    into.push(
      copyLine([
        id,
        bucket,
        c.rowNo,
        c.dedupe,
        c.kind,
        c.system,
        c.code,
        c.seq,
        c.principal,
        c.poa,
        c.modifiers,
        c.units,
        c.line,
        c.issue,
        c.position,
        c.sequence,
        c.principalFinal,
      ]),
    );
  }
}

/**
 * One batch of assembled fragments and row errors as COPY text in off-heap buffers (see CopyBuffer).
 * Flushed in one transaction together with the import's checkpoint: after a crash the batch is
 * either entirely staged and counted, or not at all.
 */
export class StageBatch {
  fragments = new CopyBuffer();
  codes = new CopyBuffer();
  errors = new CopyBuffer(16 * 1024);
  rowsWithErrors = 0;
  lastRowNo = 0;

  constructor(private readonly importId: string) {}

  get size(): number {
    return this.fragments.lines + this.codes.lines;
  }

  addFragment(id: number, bucket: number, fragment: AssembledEncounter): void {
    this.fragments.push(fragmentLine(id, bucket, fragment));
    codeLines(id, bucket, fragment, this.codes);
  }

  /** Errors of rows read since the last fragment closed; they commit with that fragment. */
  addErrors(errors: CopyBuffer, rowsWithErrors: number): void {
    if (errors.lines === 0) return;
    this.errors.pushBytes(errors);
    this.rowsWithErrors += rowsWithErrors;
  }

  /** Returns whether a cancel was requested meanwhile (read in the same statement as the checkpoint). */
  async flush(client: PoolClient, tables: StageTables): Promise<{ cancelRequested: boolean }> {
    try {
      // One round trip. Safe to lose in a database crash: the checkpoint below commits (or is lost) with the rows.
      await execute(client, 'BEGIN; SET LOCAL synchronous_commit = off');
      await copyInto(client, tables.fragments, STAGE_FRAGMENT_COLUMNS, this.fragments);
      await copyInto(client, tables.codes, STAGE_CODE_COLUMNS, this.codes);
      await copyInto(client, 'import_errors', ERROR_COLUMNS, this.errors);
      const result = await pgRow(
        client,
        CancelRow,
        `UPDATE imports SET rows_parsed = $2, error_count = error_count + $3, rows_with_errors = rows_with_errors + $4, updated_at = now()
          WHERE id = $1 RETURNING cancel_requested_at IS NOT NULL AS cancel`,
        [this.importId, this.lastRowNo, this.errors.lines, this.rowsWithErrors],
      );
      await execute(client, 'COMMIT');
      return { cancelRequested: Boolean(result?.cancel) };
    } catch (err) {
      await execute(client, 'ROLLBACK').catch(() => undefined);
      throw err;
    }
  }
}

/** Encodes one row's problems as import_errors COPY lines. */
export function errorLines(
  importId: string,
  rowNo: number,
  encounterRef: string | null,
  issues: readonly RowIssue[],
  into: CopyBuffer,
): void {
  for (const i of issues)
    into.push(
      copyLine([
        importId,
        rowNo,
        encounterRef,
        i.field,
        i.value.slice(0, 500),
        i.code,
        i.severity,
        i.message.slice(0, 1000),
      ]),
    );
}
