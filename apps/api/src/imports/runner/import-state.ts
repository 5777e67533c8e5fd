import type { ImportLayout, ImportPhase, ImportStatus } from '@recode/contracts';
import type { PoolClient } from 'pg';
import type { CoderMapping } from '../coder-mapping/coder-mapping';
import type { MapContext } from '../layouts/mapped-row';
import { pgRow } from '../../database/pg-sql';
import { ImportStateRow } from '../import-rows';

/** The columns of `imports` the runner works from. */
export interface ImportState {
  id: string;
  filePath: string;
  fileName: string;
  fileBytes: number;
  requestedLayout: ImportLayout | 'auto';
  layout: ImportLayout | null;
  source: string;
  defaultCoderExternalId: string | null;
  coderMapping: CoderMapping | null;
  status: ImportStatus;
  phase: ImportPhase;
  rowsTotal: number | null;
  rowsParsed: number;
  bucketCount: number | null;
  bucketsDone: number;
  bucketsWritten: number[];
  cancelRequested: boolean;
}

export async function loadImportState(client: PoolClient, id: string): Promise<ImportState | null> {
  const r = await pgRow(
    client,
    ImportStateRow,
    `SELECT id, file_path, file_name, file_bytes::float8 AS file_bytes, requested_layout, layout, source, default_coder_external_id, coder_mapping, status, phase,
            rows_total, rows_parsed, bucket_count, buckets_done, buckets_written, cancel_requested_at IS NOT NULL AS cancel_requested
       FROM imports WHERE id = $1`,
    [id],
  );
  if (!r) return null;
  return {
    id: r.id,
    filePath: r.file_path,
    fileName: r.file_name,
    fileBytes: r.file_bytes,
    requestedLayout: r.requested_layout,
    layout: r.layout,
    source: r.source,
    defaultCoderExternalId: r.default_coder_external_id,
    coderMapping: r.coder_mapping,
    status: r.status,
    phase: r.phase,
    rowsTotal: r.rows_total,
    rowsParsed: r.rows_parsed,
    bucketCount: r.bucket_count,
    bucketsDone: r.buckets_done,
    bucketsWritten: r.buckets_written,
    cancelRequested: r.cancel_requested,
  };
}

/** Thrown between batches when someone asked to cancel; the runner then stops cleanly. */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
  }
}

/** What every row mapper is told about the upload: its source and how to attribute a coder. */
export function mapContextOf(state: ImportState): MapContext {
  return { source: state.source, defaultCoder: state.defaultCoderExternalId, coderMapping: state.coderMapping };
}
