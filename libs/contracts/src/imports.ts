import { z } from 'zod';

/**
 * `code-lines`: one row per code, encounter fields repeated on each row (our own layout, see
 * docs in apps/api/src/imports/layouts). `claim-lines`: one row per claim line with
 * diagnosis_code_1..25 / diagnosis_poa_1..25 / procedure_code_1..25, as in CMS CCLF-style extracts.
 */
export const IMPORT_LAYOUTS = ['code-lines', 'claim-lines'] as const;
export type ImportLayout = (typeof IMPORT_LAYOUTS)[number];

export const IMPORT_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** parse: read, check and stage every row; write: group into encounters and store them. */
export const IMPORT_PHASES = ['upload', 'parse', 'write', 'done'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/**
 * What a problem does to its encounter: `reject` (structural: unknown coder, impossible dates,
 * missing key; the encounter is not stored), `flag` (a code problem: stored and flagged for a
 * pre-audit check) or `warning` (stored, not flagged).
 */
export const IMPORT_ISSUE_SEVERITIES = ['reject', 'flag', 'warning'] as const;
export type ImportIssueSeverity = (typeof IMPORT_ISSUE_SEVERITIES)[number];

/** The multipart fields sent with the file (field `file`). */
export const createImportFieldsSchema = z.object({
  layout: z.enum(['auto', ...IMPORT_LAYOUTS]).default('auto'),
  /** Where the encounters come from; with the external id it identifies an encounter across imports. */
  source: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits and _ . : - only')
    .default('upload'),
  /**
   * The coder (external id, e.g. C001) for rows that carry none. Claim extracts such as the Tuva
   * claims have no coder column: every encounter of the file is then attributed to this coder.
   */
  defaultCoderExternalId: z.string().trim().min(1).max(64).optional(),
});
export type CreateImportFields = z.infer<typeof createImportFieldsSchema>;

/**
 * What a coder mapping (the optional `coderMapping` file part of an 837 or FHIR upload) is keyed by:
 * the claim's own id (CLM01, the resource id), or a provider NPI found on the claim (see docs/claim-formats.md).
 */
export const CODER_MAPPING_KEYS = ['claim_id', 'provider_npi'] as const;
export type CoderMappingKey = (typeof CODER_MAPPING_KEYS)[number];

export interface CreateImportResponse {
  importId: string;
}

export interface ImportFailure {
  code: string;
  message: string;
  details: { path?: string; message: string }[];
}

export interface ImportCounts {
  encountersCreated: number;
  /** A changed re-import: a new version, the old one kept as it was. */
  encountersVersioned: number;
  /** Identical to the current version: nothing written. */
  encountersUnchanged: number;
  encountersRejected: number;
  encountersFlagged: number;
  codesWritten: number;
}

export interface ImportErrorDto {
  /** Spreadsheet row number (the header is row 1); for JSON the element number. */
  row: number;
  encounter: string | null;
  field: string;
  value: string;
  code: string;
  severity: ImportIssueSeverity;
  message: string;
}

export interface ImportDto {
  id: string;
  fileName: string;
  fileBytes: number;
  /** x12: an 837I or 837P (5010); fhir: R4 ExplanationOfBenefit / Claim resources (Bundle or NDJSON). */
  format: 'csv' | 'json' | 'x12' | 'fhir' | null;
  requestedLayout: ImportLayout | 'auto';
  layout: ImportLayout | null;
  source: string;
  defaultCoderExternalId: string | null;
  /** The coder mapping sent with an 837 or FHIR file: its name, key and number of entries. */
  coderMapping: { fileName: string; key: CoderMappingKey; entries: number } | null;
  status: ImportStatus;
  phase: ImportPhase;
  /** Data rows in the file; an estimate (line count) until the parse phase has read the whole file. */
  rowsTotal: number | null;
  rowsParsed: number;
  /** Rows whose encounters are stored (or rejected) for good. */
  rowsWritten: number;
  /** 0..1 over both phases. */
  progress: number;
  errorCount: number;
  rowsWithErrors: number;
  counts: ImportCounts;
  failure: ImportFailure | null;
  warnings: string[];
  cancelRequested: boolean;
  createdBy: { id: string; displayName: string } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** The detail view: the import and its first errors (the full report is errors.csv). */
export interface ImportDetailDto extends ImportDto {
  errors: ImportErrorDto[];
}

export const importListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(IMPORT_STATUSES).optional(),
});
export type ImportListQuery = z.infer<typeof importListQuerySchema>;
