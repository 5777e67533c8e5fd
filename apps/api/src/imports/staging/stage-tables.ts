import type { PoolClient } from 'pg';
import { pgRow } from '../../database/pg-sql';
import { execute } from '../../database/sql';
import { MaxIdRow, RegclassRow } from './staged-rows';

export interface StageTables {
  /** Schema-qualified table names, for SQL. */
  fragments: string;
  codes: string;
  /** The same without the schema, for naming their indexes. */
  fragmentsName: string;
  codesName: string;
}

/** The one schema the runtime role may create tables in (migration ImportStageSchema, database/runtime-role.ts). */
export const STAGE_SCHEMA = 'import_stage';

/** Per-import tables, so clean-up is one DROP (deleting a million staged rows would cost more than writing them). */
export function stageTablesFor(importId: string): StageTables {
  const id = importId.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/.test(id)) throw new Error(`not an import id: ${importId}`);
  const fragmentsName = `import_stage_fragments_${id}`;
  const codesName = `import_stage_codes_${id}`;
  return {
    fragments: `${STAGE_SCHEMA}.${fragmentsName}`,
    codes: `${STAGE_SCHEMA}.${codesName}`,
    fragmentsName,
    codesName,
  };
}

export const STAGE_FRAGMENT_COLUMNS = [
  'fragment_id',
  'bucket',
  'src',
  'ext_id',
  'first_row',
  'row_count',
  'coder_ref',
  'coder_id',
  'setting',
  'facility',
  'payer',
  'admission_date',
  'discharge_date',
  'service_date',
  'enc_date',
  'fiscal_year',
  'drg',
  'charges',
  'patient_ref',
  'fatal',
  'disagreement_field',
  'disagreement_value',
  'disagreement',
  'row_flags',
  'flags',
  'n_pdx',
  'n_codes',
  'content_hash',
  'age',
  'sex',
  'discharge_status',
] as const;

export const STAGE_CODE_COLUMNS = [
  'fragment_id',
  'bucket',
  'row_no',
  'dedupe',
  'kind',
  'system',
  'code',
  'seq',
  'principal_given',
  'poa',
  'modifiers',
  'units',
  'line',
  'issue',
  'position',
  'sequence',
  'principal',
] as const;

/**
 * A fragment is one run of consecutive rows of one encounter, already assembled in the worker
 * (codes numbered, flags, content hash). An encounter whose rows are spread over the file has
 * several fragments; the write phase re-assembles those (see merge-split-encounters.ts).
 * UNLOGGED: staged rows are re-creatable from the uploaded file, so they skip the WAL. If PostgreSQL
 * itself crashes it empties them; the runner notices (checkpoint > 0, table empty) and re-stages.
 */
export async function createStageTables(client: PoolClient, t: StageTables): Promise<void> {
  await execute(
    client,
    `CREATE UNLOGGED TABLE IF NOT EXISTS ${t.fragments} (
    fragment_id integer NOT NULL, bucket integer NOT NULL, src text NOT NULL, ext_id text NOT NULL, first_row integer NOT NULL,
    row_count integer NOT NULL, coder_ref text, coder_id uuid, setting text, facility text, payer text, admission_date date,
    discharge_date date, service_date date, enc_date date, fiscal_year smallint, drg text, charges numeric(14,2), patient_ref text,
    fatal boolean NOT NULL, disagreement_field text, disagreement_value text, disagreement text, row_flags text[] NOT NULL,
    flags text[] NOT NULL, n_pdx integer NOT NULL, n_codes integer NOT NULL, content_hash uuid NOT NULL,
    age smallint, sex text, discharge_status text, superseded boolean NOT NULL DEFAULT false
  ) WITH (autovacuum_enabled = false)`,
  );
  await execute(
    client,
    `CREATE UNLOGGED TABLE IF NOT EXISTS ${t.codes} (
    fragment_id integer NOT NULL, bucket integer NOT NULL, row_no integer NOT NULL, dedupe text NOT NULL, kind smallint NOT NULL,
    system text NOT NULL, code text NOT NULL, seq integer, principal_given boolean, poa text, modifiers text[] NOT NULL, units integer,
    line integer, issue text, position smallint NOT NULL, sequence smallint NOT NULL, principal boolean NOT NULL
  ) WITH (autovacuum_enabled = false)`,
  );
}

/** Built once staging is complete: every bucket is then read through these. */
export async function indexStageTables(client: PoolClient, t: StageTables): Promise<void> {
  await execute(client, `CREATE INDEX IF NOT EXISTS ${t.fragmentsName}_bucket ON ${t.fragments} (bucket)`);
  await execute(client, `CREATE INDEX IF NOT EXISTS ${t.codesName}_bucket ON ${t.codes} (bucket, fragment_id)`);
  await execute(client, `ANALYZE ${t.fragments}`);
  await execute(client, `ANALYZE ${t.codes}`);
}

export async function dropStageTables(client: PoolClient, t: StageTables): Promise<void> {
  await execute(client, `DROP TABLE IF EXISTS ${t.fragments}`);
  await execute(client, `DROP TABLE IF EXISTS ${t.codes}`);
}

/** The highest fragment id staged so far (0 when none, or when the tables are missing). */
export async function lastFragmentId(client: PoolClient, t: StageTables): Promise<number | null> {
  const exists = await pgRow(client, RegclassRow, `SELECT to_regclass($1) AS t`, [t.fragments]);
  if (!exists?.t) return null;
  const last = await pgRow(client, MaxIdRow, `SELECT coalesce(max(fragment_id), 0) AS id FROM ${t.fragments}`);
  return Number(last?.id ?? 0);
}
