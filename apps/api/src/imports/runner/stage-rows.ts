import type { ImportLayout } from '@recode/contracts';
import type { PoolClient } from 'pg';
import { assembleEncounter } from '../assembly/encounter-assembly';
import type { RecordSource } from '../file/source-row';
import { mapClaimLinesRow } from '../layouts/claim-lines-mapper';
import { mapCodeLinesRow } from '../layouts/code-lines-mapper';
import type { MappedRow, RowIssue } from '../layouts/mapped-row';
import { CopyBuffer } from '../staging/copy-buffer';
import { errorLines, StageBatch } from '../staging/stage-batch';
import type { StageTables } from '../staging/stage-tables';
import type { RowValidator } from '../validation/row-validator';
import type { StagedCode, StagedRow } from '../validation/staged';
import { ImportCancelled, mapContextOf, type ImportState } from './import-state';

/** Staged lines per transaction: big enough for COPY to shine, small enough to keep memory flat. */
export const STAGE_BATCH_LINES = 5_000;
/**
 * While a batch is being COPYed, the parse loop steps aside this often so the connection's replies are
 * read and its next statement sent: without it each round trip of the flush waits for a whole file chunk
 * to be parsed, and the database sits idle in its transaction while the worker parses.
 */
const YIELD_EVERY_ROWS = 200;
/** An encounter longer than this is staged in several fragments (re-assembled in the write phase). */
const MAX_FRAGMENT_CODES = 5_000;

export interface StageRowsArgs {
  client: PoolClient;
  state: ImportState;
  tables: StageTables;
  source: RecordSource;
  layout: ImportLayout;
  columnIndex: ReadonlyMap<string, number>;
  /** CSV: the header's width, which every row must match. */
  checkFieldCount: number | null;
  validator: RowValidator;
  resumeAfter: number;
  firstFragmentId: number;
}

interface OpenFragment {
  rows: StagedRow[];
  codes: StagedCode[];
}

/**
 * Validates rows, assembles each run of consecutive rows of one encounter into a fragment, and
 * commits fragments in batches with their checkpoint (the last row of the last complete fragment).
 * Double-buffered: while one batch is COPYed, the next is parsed.
 */
export async function stageRows(args: StageRowsArgs): Promise<{ lastIndex: number }> {
  const { client, state, tables, source, columnIndex, validator } = args;
  const map = args.layout === 'code-lines' ? mapCodeLinesRow : mapClaimLinesRow;
  const ctx = mapContextOf(state);
  let batch = new StageBatch(state.id);
  let inFlight: Promise<{ cancelRequested: boolean }> | null = null;
  let open: OpenFragment | null = null;
  let fragmentId = args.firstFragmentId;
  const errors = new CopyBuffer(16 * 1024);
  let errorRows = 0;
  // Problems of the open encounter's rows, encoded when it closes (their messages may still grow: see RowValidator).
  let pending: { rowNo: number; ref: string | null; issues: RowIssue[] }[] = [];
  let lastIndex = args.resumeAfter;
  let sinceYield = 0;

  const close = (throughIndex: number): void => {
    for (const p of pending) errorLines(state.id, p.rowNo, p.ref, p.issues, errors);
    errorRows += pending.length;
    pending = [];
    if (open) {
      const first = open.rows[0] as StagedRow;
      batch.addFragment(fragmentId, first.bucket, assembleEncounter(open.rows, open.codes, args.layout));
      fragmentId += 1;
      open = null;
    }
    batch.addErrors(errors, errorRows);
    errors.reset();
    errorRows = 0;
    batch.lastRowNo = throughIndex;
  };
  const settle = async (): Promise<void> => {
    if (inFlight && (await inFlight).cancelRequested) throw new ImportCancelled();
    inFlight = null;
  };
  try {
    for await (const records of source.rows) {
      for (const record of records) {
        if (record.index <= args.resumeAfter) continue;
        const get = (column: string): string => {
          const i = columnIndex.get(column);
          return i === undefined ? '' : (record.values[i] ?? '').trim();
        };
        const mapped = record.mapped ?? map(record.rowNo, get, ctx);
        if (args.checkFieldCount !== null && record.values.length !== args.checkFieldCount)
          addFieldCountIssue(mapped, record.values.length, args.checkFieldCount);
        const result = validator.validate(mapped);
        const row = result.row;
        if (row) {
          const current = open as OpenFragment | null;
          const last = current?.rows[current.rows.length - 1];
          if (
            current &&
            (last?.externalId !== row.externalId ||
              last.source !== row.source ||
              current.codes.length > MAX_FRAGMENT_CODES)
          )
            close(lastIndex);
          if (!open) open = { rows: [], codes: [] };
          const fragment = open as OpenFragment;
          const previous = fragment.rows[fragment.rows.length - 1];
          if (previous && result.continuesRun) previous.rowCount += 1;
          else fragment.rows.push(row);
          for (const code of result.codes) fragment.codes.push(code);
        }
        if (result.issues.length)
          pending.push({ rowNo: record.rowNo, ref: mapped.fields.externalId || null, issues: result.issues });
        lastIndex = record.index;
        if (inFlight && ++sinceYield >= YIELD_EVERY_ROWS) {
          sinceYield = 0;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
      if (batch.size >= STAGE_BATCH_LINES) {
        await settle();
        inFlight = batch.flush(client, tables);
        // Awaited by settle() a batch later. A connection lost meanwhile (PostgreSQL restarting) rejects it
        // while the parser runs on: marked handled now, so it is not an unhandled rejection, which ends Node.
        inFlight.catch(() => undefined);
        batch = new StageBatch(state.id);
      }
    }
    close(lastIndex);
    await settle();
    if ((await batch.flush(client, tables)).cancelRequested) throw new ImportCancelled();
  } finally {
    // Never leave a COPY running on the connection when leaving early.
    if (inFlight) await (inFlight as Promise<unknown>).catch(() => undefined);
  }
  return { lastIndex };
}

function addFieldCountIssue(mapped: MappedRow, got: number, expected: number): void {
  mapped.issues.push({
    field: '(row)',
    value: `${got} fields`,
    code: 'ROW_FIELD_COUNT',
    severity: 'reject',
    message: `row ${mapped.rowNo} has ${got} fields but the header has ${expected}: a comma is missing or extra, or a value with a comma is not quoted`,
  });
}
