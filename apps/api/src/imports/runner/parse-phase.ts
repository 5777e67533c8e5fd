import type { ImportLayout } from '@recode/contracts';
import type { PoolClient } from 'pg';
import { pgRows } from '../../database/pg-sql';
import { execute } from '../../database/sql';
import { CoderKeyRow } from '../import-rows';
import { countLines } from '../file/count-lines';
import { openCsvSource } from '../file/csv-source';
import { sniffFile } from '../file/file-sniff';
import { ImportFileError } from '../file/import-file-error';
import { openJsonSource } from '../file/json-source';
import { openClaimSource } from '../formats/open-claim-source';
import type { RecordSource } from '../file/source-row';
import { checkHeader } from '../layouts/header-check';
import { bucketCountFor } from '../staging/bucket';
import { createStageTables, lastFragmentId, type StageTables } from '../staging/stage-tables';
import type { CodeSetIndex } from '../validation/code-set-index';
import { RowValidator } from '../validation/row-validator';
import { stageRows } from './stage-rows';
import { mapContextOf, type ImportState } from './import-state';

export interface ParseDeps {
  client: PoolClient;
  index: CodeSetIndex;
  today: string;
}

/**
 * Phase 1: read the whole file, check and stage every row. Nothing reaches the encounter tables
 * here, so a bad file (found at row 1 or at row 900,000) leaves nothing half-written. Resumes after
 * the last committed batch (rows_parsed).
 */
export async function parsePhase(state: ImportState, tables: StageTables, deps: ParseDeps): Promise<ImportLayout> {
  const { client } = deps;
  if (deps.index.icdYears().length === 0) {
    throw new ImportFileError(
      'IMPORT_NO_CODE_SETS',
      'No ICD-10-CM code sets are loaded, so no code can be checked: load them first (npm run codesets:load)',
    );
  }
  // A year's indexes are compact (a few MB): preparing them all up front keeps row checks synchronous.
  for (const year of deps.index.icdYears()) await deps.index.prepareYear(year);
  const sniff = await sniffFile(state.filePath, state.fileName);
  const bucketCount = state.bucketCount ?? bucketCountFor(state.fileBytes);
  const claimFormat = sniff.format === 'x12' || sniff.format === 'fhir' ? sniff.format : null;
  // An 837 or FHIR file has no row per line: its claim count is known once it has been read.
  const rowsTotal =
    state.rowsTotal ??
    (claimFormat ? null : Math.max(0, (await countLines(state.filePath)) - (sniff.format === 'csv' ? 1 : 0)));
  await execute(
    client,
    `UPDATE imports SET format = $2, bucket_count = $3, rows_total = $4, phase = 'parse', warnings = $5::jsonb, updated_at = now() WHERE id = $1`,
    [
      state.id,
      sniff.format,
      bucketCount,
      sniff.format === 'json' && state.rowsTotal === null ? null : rowsTotal,
      JSON.stringify(sniff.warnings),
    ],
  );
  const staged = await lastFragmentId(client, tables);
  await createStageTables(client, tables);
  let resumeAfter = state.rowsParsed;
  if (resumeAfter > 0 && !staged) {
    // Staging is UNLOGGED: a PostgreSQL crash empties it. Start the file again from the top.
    await execute(client, 'DELETE FROM import_errors WHERE import_id = $1', [state.id]);
    await execute(client, `UPDATE imports SET rows_parsed = 0, error_count = 0, rows_with_errors = 0 WHERE id = $1`, [
      state.id,
    ]);
    resumeAfter = 0;
  }

  const ctx = mapContextOf(state);
  const source: RecordSource = claimFormat
    ? await openClaimSource(claimFormat, state.filePath, sniff.skipBytes, ctx)
    : sniff.format === 'csv'
      ? await openCsvSource(state.filePath, sniff.skipBytes)
      : await openJsonSource(state.filePath, sniff.skipBytes);
  try {
    // Claim formats map each claim onto the claim-lines shape (one claim = one row, charges = the claim total).
    const header = claimFormat
      ? { layout: 'claim-lines' as const, index: new Map<string, number>() }
      : checkHeader(source.header, state.requestedLayout, sniff.format === 'json' ? 'json' : 'csv');
    if (!claimFormat && !header.index.has('coder_id') && !state.defaultCoderExternalId) {
      throw new ImportFileError(
        'IMPORT_CODER_REQUIRED',
        `The file has no coder_id column: choose the coder these encounters belong to (defaultCoderExternalId) and upload again`,
        [{ path: 'file:row:1', message: 'no coder_id column' }],
      );
    }
    await execute(client, 'UPDATE imports SET layout = $2 WHERE id = $1', [state.id, header.layout]);
    const coders = new Map<string, string>(
      (await pgRows(client, CoderKeyRow, 'SELECT external_id, id FROM coders')).map((r) => [r.external_id, r.id]),
    );
    const validator = new RowValidator({ index: deps.index, coders, today: deps.today }, bucketCount);
    const { lastIndex } = await stageRows({
      client,
      state,
      tables,
      source,
      layout: header.layout,
      columnIndex: source.columnIndex ?? header.index,
      checkFieldCount: source.columnIndex === undefined ? source.header.length : null,
      validator,
      resumeAfter,
      firstFragmentId: (staged ?? 0) + 1,
    });
    // The write phase indexes and ANALYZEs the staging tables (once, also when it is a resumed run).
    await execute(
      client,
      `UPDATE imports SET rows_total = $2, rows_parsed = $2, phase = 'write', updated_at = now() WHERE id = $1`,
      [state.id, lastIndex],
    );
    if (lastIndex === 0) {
      const notice = `${state.fileName.slice(0, 200)} has a header but no data rows: nothing was imported.`;
      await execute(
        client,
        `UPDATE imports SET warnings = warnings || $2::jsonb WHERE id = $1 AND NOT warnings @> $2::jsonb`,
        [state.id, JSON.stringify([notice])],
      );
    }
    return header.layout;
  } finally {
    source.close();
  }
}
