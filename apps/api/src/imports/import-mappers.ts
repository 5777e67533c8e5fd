import type { ImportDto, ImportErrorDto } from '@recode/contracts';
import type { ImportErrorRow, ImportRow } from './import-rows';

/** The SELECT list both the list and the detail use (imports i LEFT JOIN users u). */
export const IMPORT_COLUMNS = `i.id, i.file_name, i.file_bytes::float8 AS file_bytes, i.format, i.requested_layout, i.layout, i.source,
  i.default_coder_external_id, i.coder_mapping->>'fileName' AS coder_mapping_file, i.coder_mapping->>'key' AS coder_mapping_key,
  (i.coder_mapping->>'size')::int AS coder_mapping_size, i.status, i.phase, i.rows_total, i.rows_parsed, i.rows_written, i.error_count, i.rows_with_errors,
  i.encounters_created, i.encounters_versioned, i.encounters_unchanged, i.encounters_rejected, i.encounters_flagged,
  i.codes_written::float8 AS codes_written, i.bucket_count, i.buckets_done, i.failure, i.warnings, i.cancel_requested_at,
  i.created_at, i.started_at, i.finished_at, u.id AS user_id, u.display_name AS user_name`;

export function toImportDto(r: ImportRow): ImportDto {
  return {
    id: r.id,
    fileName: r.file_name,
    fileBytes: r.file_bytes,
    format: r.format,
    requestedLayout: r.requested_layout,
    layout: r.layout,
    source: r.source,
    defaultCoderExternalId: r.default_coder_external_id,
    coderMapping: r.coder_mapping_key
      ? { fileName: r.coder_mapping_file ?? '', key: r.coder_mapping_key, entries: r.coder_mapping_size ?? 0 }
      : null,
    status: r.status,
    phase: r.phase,
    rowsTotal: r.rows_total,
    rowsParsed: r.rows_parsed,
    rowsWritten: r.rows_written,
    progress: progressOf(r),
    errorCount: r.error_count,
    rowsWithErrors: r.rows_with_errors,
    counts: {
      encountersCreated: r.encounters_created,
      encountersVersioned: r.encounters_versioned,
      encountersUnchanged: r.encounters_unchanged,
      encountersRejected: r.encounters_rejected,
      encountersFlagged: r.encounters_flagged,
      codesWritten: r.codes_written,
    },
    failure: r.failure,
    warnings: r.warnings ?? [],
    cancelRequested: r.cancel_requested_at !== null,
    createdBy: r.user_id && r.user_name !== null ? { id: r.user_id, displayName: r.user_name } : null,
    createdAt: r.created_at.toISOString(),
    startedAt: r.started_at ? r.started_at.toISOString() : null,
    finishedAt: r.finished_at ? r.finished_at.toISOString() : null,
  };
}

export function toImportErrorDto(r: ImportErrorRow): ImportErrorDto {
  return {
    row: r.row_no,
    encounter: r.encounter_ref,
    field: r.field,
    value: r.value,
    code: r.code,
    severity: r.severity,
    message: r.message,
  };
}
/** Half the bar for reading and checking rows, half for writing encounters bucket by bucket. */
export function progressOf(r: {
  status: string;
  phase: string;
  rows_total: number | null;
  rows_parsed: number;
  bucket_count: number | null;
  buckets_done: number;
}): number {
  if (r.status === 'succeeded') return 1;
  if (r.phase === 'upload') return 0;
  if (r.phase === 'write' || r.phase === 'done')
    return 0.5 + 0.5 * (r.bucket_count ? Math.min(1, r.buckets_done / r.bucket_count) : 0);
  return r.rows_total ? 0.5 * Math.min(1, r.rows_parsed / r.rows_total) : 0;
}
