import {
  CODER_MAPPING_KEYS,
  IMPORT_ISSUE_SEVERITIES,
  IMPORT_LAYOUTS,
  IMPORT_PHASES,
  IMPORT_STATUSES,
} from '@recode/contracts';
import { z } from 'zod';
import { CoderMappingShape } from './coder-mapping/coder-mapping';

// Named row shapes of the imports module's raw SQL, checked at the boundary by database/sql.ts and
// database/pg-sql.ts. Integer columns arrive as numbers, bigint ones are cast to float8 in the SQL.

const layout = z.enum(IMPORT_LAYOUTS);
const failure = z
  .object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string().optional(), message: z.string() }).passthrough()),
  })
  .passthrough();

/** IMPORT_COLUMNS (import-mappers.ts): one import with its creator. */
export const ImportRow = z.object({
  id: z.string(),
  file_name: z.string(),
  file_bytes: z.number(),
  format: z.enum(['csv', 'json', 'x12', 'fhir']).nullable(),
  requested_layout: z.union([z.literal('auto'), layout]),
  layout: layout.nullable(),
  source: z.string(),
  default_coder_external_id: z.string().nullable(),
  coder_mapping_file: z.string().nullable(),
  coder_mapping_key: z.enum(CODER_MAPPING_KEYS).nullable(),
  coder_mapping_size: z.number().nullable(),
  status: z.enum(IMPORT_STATUSES),
  phase: z.enum(IMPORT_PHASES),
  rows_total: z.number().nullable(),
  rows_parsed: z.number(),
  rows_written: z.number(),
  error_count: z.number(),
  rows_with_errors: z.number(),
  encounters_created: z.number(),
  encounters_versioned: z.number(),
  encounters_unchanged: z.number(),
  encounters_rejected: z.number(),
  encounters_flagged: z.number(),
  codes_written: z.number(),
  bucket_count: z.number().nullable(),
  buckets_done: z.number(),
  failure: failure.nullable(),
  warnings: z.array(z.string()).nullable(),
  cancel_requested_at: z.date().nullable(),
  created_at: z.date(),
  started_at: z.date().nullable(),
  finished_at: z.date().nullable(),
  user_id: z.string().nullable(),
  user_name: z.string().nullable(),
});
export type ImportRow = z.infer<typeof ImportRow>;

/** One row of import_errors (the columns the detail view and errors.csv read). */
export const ImportErrorRow = z.object({
  row_no: z.number(),
  encounter_ref: z.string().nullable(),
  field: z.string(),
  value: z.string(),
  code: z.string(),
  severity: z.enum(IMPORT_ISSUE_SEVERITIES),
  message: z.string(),
});
export type ImportErrorRow = z.infer<typeof ImportErrorRow>;

/** The columns of `imports` the runner works from (import-state.ts). */
export const ImportStateRow = z.object({
  id: z.string(),
  file_path: z.string(),
  file_name: z.string(),
  file_bytes: z.number(),
  requested_layout: z.union([z.literal('auto'), layout]),
  layout: layout.nullable(),
  source: z.string(),
  default_coder_external_id: z.string().nullable(),
  coder_mapping: CoderMappingShape.nullable(),
  status: z.enum(IMPORT_STATUSES),
  phase: z.enum(IMPORT_PHASES),
  rows_total: z.number().nullable(),
  rows_parsed: z.number(),
  bucket_count: z.number().nullable(),
  buckets_done: z.number(),
  buckets_written: z.array(z.number()),
  cancel_requested: z.boolean(),
});

/** An import's status (and its file, for the resume service), read under a row lock. */
export const ImportStatusRow = z.object({ status: z.enum(IMPORT_STATUSES) });
export const FilePathRow = z.object({ file_path: z.string() });
export const FileNameRow = z.object({ file_name: z.string() });
/** What resuming a failed import looks at: only the failure's code is read. */
export const ResumableRow = z.object({
  status: z.enum(IMPORT_STATUSES),
  failure: z.object({ code: z.string().optional() }).passthrough().nullable(),
  file_path: z.string(),
});
/** An unfinished import the reconciler may queue again. */
export const ReconcileCandidateRow = z.object({
  id: z.string(),
  phase: z.enum(IMPORT_PHASES),
  rows_parsed: z.number(),
  buckets: z.number(),
  bucket_count: z.number().nullable(),
  resume_count: z.number(),
  resume_mark: z.string().nullable(),
});
export type ReconcileCandidateRow = z.infer<typeof ReconcileCandidateRow>;
/** The encounter write lock's try, and whether a cancel was asked for meanwhile (null: no such import). */
export const WriteLockRow = z.object({ ok: z.boolean(), cancel: z.boolean().nullable() });
/** Whether a cancel was requested (read in the statement that checkpoints). */
export const CancelRow = z.object({ cancel: z.boolean() });
/** A coder's external id and id. */
export const CoderKeyRow = z.object({ external_id: z.string(), id: z.string() });
