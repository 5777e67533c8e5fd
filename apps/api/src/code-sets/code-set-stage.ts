import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { CsvError, parse } from 'csv-parse';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pgRow } from '../database/pg-sql';
import type { CodeSetFileSpec } from './code-set-files';
import { CodeSetFileError } from './code-set-file-error';
import type { CodeSetRowReader, RowFields, StagedCodeRow } from './code-set-rows';
import { DuplicateCodeRow } from './code-set-sql-rows';

const STAGE_COLUMNS =
  'line, system, code, billable, short_description, long_description, mdc, drg_type, relative_weight, gmlos';

/** A per-transaction staging table: COPY lands here, then set-based SQL moves the rows. */
export async function createStage(client: PoolClient): Promise<void> {
  await client.query(`
    CREATE TEMP TABLE code_set_stage (
      line integer NOT NULL, system text NOT NULL, code text NOT NULL, billable boolean NOT NULL,
      short_description text NOT NULL, long_description text NOT NULL,
      mdc text, drg_type text, relative_weight numeric(8,4), gmlos numeric
    ) ON COMMIT DROP`);
}

/** COPY text format: backslash, tab and line breaks are escaped; \N is null. */
function copyValue(value: string | boolean | number | null): string {
  if (value === null) return '\\N';
  return String(value).replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

function copyLine(line: number, row: StagedCodeRow): string {
  const values = [
    line,
    row.system,
    row.code,
    row.billable,
    row.shortDescription,
    row.longDescription,
    row.mdc,
    row.drgType,
    row.relativeWeight,
    row.gmlos,
  ];
  return `${values.map(copyValue).join('\t')}\n`;
}

function headerIndex(spec: CodeSetFileSpec, reader: CodeSetRowReader, header: readonly string[]): Map<string, number> {
  const names = header.map((name) => name.trim().toLowerCase());
  const index = new Map(names.map((name, i) => [name, i]));
  const missing = reader.columns.filter((column) => !index.has(column));
  if (missing.length > 0) {
    const problem = `the header has no column ${missing.map((c) => `"${c}"`).join(', ')} (found: ${names.join(', ')})`;
    throw new CodeSetFileError(spec.fileName, 1, missing[0] ?? null, problem);
  }
  return index;
}

function rowFields(
  fileName: string,
  row: number,
  index: ReadonlyMap<string, number>,
  record: readonly string[],
): RowFields {
  const fail = (column: string, problem: string): never => {
    throw new CodeSetFileError(fileName, row, column, problem);
  };
  return {
    has: (column) => index.has(column),
    get: (column) => {
      const at = index.get(column);
      return at === undefined ? '' : (record[at] ?? '').trim();
    },
    fail,
  };
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/** Parser and low-level failures named after the file; our own row errors pass through unchanged. */
function asFileError(fileName: string, err: unknown): unknown {
  if (err instanceof CodeSetFileError) return err;
  // Duck-typed, not instanceof: zlib's errors may come from another realm (e.g. under Jest).
  const { code, message, lines } = (typeof err === 'object' && err !== null ? err : {}) as {
    code?: unknown;
    message?: unknown;
    lines?: unknown;
  };
  if (err instanceof CsvError || (typeof code === 'string' && code.startsWith('CSV_'))) {
    return new CodeSetFileError(
      fileName,
      typeof lines === 'number' ? lines : null,
      null,
      `is not valid CSV: ${String(message)}`,
    );
  }
  if (typeof code === 'string' && code.startsWith('Z_'))
    return new CodeSetFileError(fileName, null, null, `is not a valid gzip file (${String(message)})`);
  return err;
}

/**
 * Streams the file (gunzipped if it ends in .gz) through csv-parse and the row checks straight into
 * COPY, so memory stays flat whatever the file size. Returns the number of data rows.
 * The first bad row stops the stream; the caller's transaction then rolls back.
 */
export async function stageFile(client: PoolClient, spec: CodeSetFileSpec, reader: CodeSetRowReader): Promise<number> {
  let rows = 0;
  let sawHeader = false;
  async function* toCopyText(records: AsyncIterable<ParsedRecord>): AsyncGenerator<string> {
    let index: Map<string, number> | null = null;
    let batch = '';
    for await (const { record, info } of records) {
      if (index === null) {
        index = headerIndex(spec, reader, record);
        sawHeader = true;
        continue;
      }
      batch += copyLine(info.lines, reader.read(rowFields(spec.fileName, info.lines, index, record), spec));
      rows += 1;
      // Batches keep the per-row overhead of the stream machinery out of a 100k-row load.
      if (batch.length >= 256 * 1024) {
        yield batch;
        batch = '';
      }
    }
    if (batch.length > 0) yield batch;
  }

  // The first failure is the cause; the pipeline may reject with a later one (the server's reply to
  // the aborted COPY echoes the message without the file, row or error type).
  let cause: unknown = null;
  const remember = (err: unknown): void => {
    cause ??= err;
  };
  async function* checked(records: AsyncIterable<ParsedRecord>): AsyncGenerator<string> {
    try {
      yield* toCopyText(records);
    } catch (err) {
      remember(err);
      throw err;
    }
  }
  const source = createReadStream(spec.filePath).on('error', remember);
  const parser = parse({ bom: true, info: true, skip_empty_lines: true }).on('error', remember);
  const copy = client.query(copyFrom(`COPY code_set_stage (${STAGE_COLUMNS}) FROM STDIN`));
  try {
    if (spec.filePath.endsWith('.gz'))
      await pipeline(source, createGunzip().on('error', remember), parser, checked, copy);
    else await pipeline(source, parser, checked, copy);
  } catch (err) {
    throw asFileError(spec.fileName, cause ?? err);
  }
  if (!sawHeader)
    throw new CodeSetFileError(spec.fileName, null, null, 'is empty: it needs a header row and at least one code');
  if (rows === 0) throw new CodeSetFileError(spec.fileName, 2, null, 'has a header but no codes');
  return rows;
}

/** Two rows with the same code cannot both be right; name both so the file can be fixed. */
export async function assertNoDuplicates(client: PoolClient, fileName: string): Promise<void> {
  const duplicate = await pgRow(
    client,
    DuplicateCodeRow,
    `SELECT code, min(line) AS first, max(line) AS second FROM code_set_stage GROUP BY system, code HAVING count(*) > 1 ORDER BY min(line) LIMIT 1`,
  );
  if (duplicate)
    throw new CodeSetFileError(
      fileName,
      duplicate.second,
      'code',
      `${duplicate.code} is listed twice (rows ${duplicate.first} and ${duplicate.second})`,
    );
}
