import type { ImportLayout } from '@recode/contracts';
import type { PoolClient } from 'pg';
import { pgCount, pgRow } from '../../database/pg-sql';
import { execute } from '../../database/sql';
import type { StayGrouper } from '../../grouper';
import { CancelRow } from '../import-rows';
import { groupBucket } from './group-bucket';
import { mergeSplitEncounters } from './split-encounters';
import type { StageTables } from './stage-tables';

const live = (t: StageTables): string => `${t.fragments} f WHERE f.bucket = $1 AND NOT f.superseded`;

/** The column that says which diagnosis is principal, named in PRINCIPAL_DX_* problems. */
const PRINCIPAL_FIELD: Readonly<Partial<Record<ImportLayout, string>>> = {
  'code-lines': 'principal',
  'claim-lines': 'diagnosis_code_1',
};

/** Problems only visible once an encounter is whole: rows that disagree (reject) and the principal diagnosis (flag). */
const errorsSql = (
  t: StageTables,
): string => `INSERT INTO import_errors (import_id, row_no, encounter_ref, field, value, code, severity, message)
  SELECT $2::uuid, first_row, ext_id, disagreement_field, coalesce(disagreement_value, ''), 'FIELD_INCONSISTENT', 'reject', disagreement
    FROM ${live(t)} AND disagreement IS NOT NULL
  UNION ALL
  SELECT $2::uuid, first_row, ext_id, $3::text, '', CASE WHEN n_pdx = 0 THEN 'PRINCIPAL_DX_MISSING' ELSE 'PRINCIPAL_DX_MULTIPLE' END, 'flag',
    CASE WHEN n_pdx = 0 THEN format('encounter %s has no principal (first-listed) diagnosis', ext_id)
         ELSE format('encounter %s has %s diagnoses marked principal; exactly one is', ext_id, n_pdx) END
    FROM ${live(t)} AND n_pdx <> 1 AND NOT fatal AND disagreement IS NULL`;

const planSql = (t: StageTables): string => `CREATE TEMP TABLE b_plan ON COMMIT DROP AS
  SELECT f.fragment_id, f.src, f.ext_id, f.coder_id, f.setting, f.facility, f.payer, f.admission_date, f.discharge_date, f.service_date,
    f.enc_date, f.fiscal_year, f.drg, f.charges, f.patient_ref, f.flags, f.n_codes, f.content_hash, f.first_row, f.age, f.sex, f.discharge_status,
    NULL::text AS grouper_drg, NULL::text AS grouper_version, NULL::text AS grouper_return_code, NULL::text AS grouper_message,
    '{}'::text[] AS grouper_missing,
    CASE WHEN e.id IS NULL THEN 'create' WHEN v.content_hash = f.content_hash THEN 'same' ELSE 'version' END AS action,
    coalesce(e.id, gen_random_uuid()) AS encounter_id, gen_random_uuid() AS version_id, coalesce(e.version_count, 0) + 1 AS version
  FROM ${t.fragments} f
  LEFT JOIN encounters e ON e.source = f.src AND e.external_id = f.ext_id
  LEFT JOIN encounter_versions v ON v.id = e.current_version_id
  WHERE f.bucket = $1 AND NOT f.superseded AND NOT f.fatal AND f.disagreement IS NULL`;

// The encounter row first: its current_version_id foreign key is deferred to the end of the transaction.
const INSERT_ENCOUNTERS_SQL = `INSERT INTO encounters (id, source, external_id, current_version_id, version_count, coder_id, setting, facility,
    encounter_date, fiscal_year, drg, flagged, code_count)
  SELECT encounter_id, src, ext_id, version_id, 1, coder_id, setting, facility, enc_date, fiscal_year, drg, cardinality(flags) > 0, n_codes
  FROM b_plan WHERE action = 'create'`;

const INSERT_VERSIONS_SQL = `INSERT INTO encounter_versions (id, encounter_id, version, import_id, content_hash, setting, facility, payer,
    admission_date, discharge_date, service_date, encounter_date, fiscal_year, coder_id, drg, total_charges, patient_ref, flags, flagged, code_count,
    patient_age, patient_sex, discharge_status, grouper_drg, grouper_version, grouper_return_code, grouper_message, grouper_missing)
  SELECT version_id, encounter_id, version, $1, content_hash, setting, facility, payer, admission_date, discharge_date, service_date,
    enc_date, fiscal_year, coder_id, drg, charges, patient_ref, flags, cardinality(flags) > 0, n_codes,
    age, sex, discharge_status, grouper_drg, grouper_version, grouper_return_code, grouper_message, grouper_missing
  FROM b_plan WHERE action <> 'same'`;

const UPDATE_CHANGED_SQL = `UPDATE encounters e SET current_version_id = p.version_id, version_count = p.version, coder_id = p.coder_id,
    setting = p.setting, facility = p.facility, encounter_date = p.enc_date, fiscal_year = p.fiscal_year, drg = p.drg,
    flagged = cardinality(p.flags) > 0, code_count = p.n_codes, updated_at = now()
  FROM b_plan p WHERE p.action = 'version' AND e.id = p.encounter_id`;

const insertCodesSql = (
  t: StageTables,
): string => `INSERT INTO encounter_codes (version_id, position, system, code, sequence, principal, poa, modifiers, units, line, issue)
  SELECT p.version_id, c.position, c.system, c.code, c.sequence, c.principal, c.poa, c.modifiers, c.units, c.line, c.issue
  FROM ${t.codes} c JOIN b_plan p ON p.fragment_id = c.fragment_id WHERE c.bucket = $1 AND p.action <> 'same'`;

const checkpointSql = (t: StageTables): string => `UPDATE imports SET buckets_done = buckets_done + 1,
    buckets_written = array_append(buckets_written, $2::int), error_count = error_count + $3,
    rows_written = rows_written + (SELECT coalesce(sum(row_count), 0) FROM ${t.fragments} WHERE bucket = $2 AND NOT superseded),
    encounters_created = encounters_created + (SELECT count(*) FROM b_plan WHERE action = 'create'),
    encounters_versioned = encounters_versioned + (SELECT count(*) FROM b_plan WHERE action = 'version'),
    encounters_unchanged = encounters_unchanged + (SELECT count(*) FROM b_plan WHERE action = 'same'),
    encounters_rejected = encounters_rejected + (SELECT count(*) FROM ${t.fragments} WHERE bucket = $2 AND NOT superseded AND (fatal OR disagreement IS NOT NULL)),
    encounters_flagged = encounters_flagged + (SELECT count(*) FROM b_plan WHERE cardinality(flags) > 0),
    codes_written = codes_written + $4, updated_at = now()
  WHERE id = $1 RETURNING cancel_requested_at IS NOT NULL AS cancel`;

/**
 * Writes one bucket's encounters set-based, in one transaction with the checkpoint (buckets_written).
 * The caller holds the encounter write lock (see write-phase.ts), so no other import writes meanwhile.
 * A new encounter gets version 1; a changed one a new version (older versions are never touched);
 * an identical one (same content hash) nothing.
 */
export async function mergeBucket(
  client: PoolClient,
  args: { importId: string; bucket: number; tables: StageTables; layout: ImportLayout; grouper?: StayGrouper },
): Promise<{ cancelRequested: boolean; groupMs: number }> {
  const { importId, bucket, tables } = args;
  try {
    // Losing the last commits in a database crash is harmless: the checkpoint commits with them, so they are redone.
    await execute(client, 'BEGIN; SET LOCAL synchronous_commit = off');
    await mergeSplitEncounters(client, tables, bucket, args.layout);
    const errors = await pgCount(client, errorsSql(tables), [
      bucket,
      importId,
      PRINCIPAL_FIELD[args.layout] ?? 'principal',
    ]);
    await execute(client, planSql(tables), [bucket]);
    // Grouped before anything is written, so the flag counts and the rows commit together with the encounters.
    const groupStart = performance.now();
    const grouperFlags = args.grouper
      ? await groupBucket(client, { importId, bucket, tables, layout: args.layout, grouper: args.grouper })
      : 0;
    const groupMs = performance.now() - groupStart;
    await execute(client, INSERT_ENCOUNTERS_SQL);
    await execute(client, INSERT_VERSIONS_SQL, [importId]);
    await execute(client, UPDATE_CHANGED_SQL);
    const codes = await pgCount(client, insertCodesSql(tables), [bucket]);
    const checkpoint = await pgRow(client, CancelRow, checkpointSql(tables), [
      importId,
      bucket,
      errors + grouperFlags,
      codes,
    ]);
    await execute(client, 'COMMIT');
    return { cancelRequested: Boolean(checkpoint?.cancel), groupMs };
  } catch (err) {
    await execute(client, 'ROLLBACK').catch(() => undefined);
    throw err;
  }
}
