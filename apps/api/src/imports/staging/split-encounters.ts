import type { ImportLayout } from '@recode/contracts';
import type { PoolClient } from 'pg';
import { execute } from '../../database/sql';
import { pgBulkRows, pgRow } from '../../database/pg-sql';
import { assembleEncounter } from '../assembly/encounter-assembly';
import type { StagedCode, StagedRow } from '../validation/staged';
import { CopyBuffer } from './copy-buffer';
import { copyInto } from './copy-into';
import { codeLines, fragmentLine } from './stage-batch';
import { NextIdRow, StagedCodeRow, StagedFragmentRow } from './staged-rows';
import { STAGE_CODE_COLUMNS, STAGE_FRAGMENT_COLUMNS, type StageTables } from './stage-tables';

/**
 * Encounters whose rows are spread over the file were staged as several fragments. Within the
 * bucket's transaction, each is re-assembled from its fragments' rows and codes by the same code
 * that assembled them (so hashes and numbering match a contiguous file), written as one new
 * fragment (negative id), and the pieces are marked superseded.
 */
export async function mergeSplitEncounters(
  client: PoolClient,
  tables: StageTables,
  bucket: number,
  layout: ImportLayout,
): Promise<number> {
  // Every bucket runs this, and a file sorted by code can split most of its encounters: first-row check.
  const fragmentsSql = `SELECT f.* FROM ${tables.fragments} f
      WHERE f.bucket = $1 AND NOT f.superseded AND (f.src, f.ext_id) IN (
        SELECT src, ext_id FROM ${tables.fragments} WHERE bucket = $1 AND NOT superseded GROUP BY src, ext_id HAVING count(*) > 1)
      ORDER BY f.src, f.ext_id, f.first_row`;
  const fragments = await pgBulkRows(client, StagedFragmentRow, fragmentsSql, [bucket]);
  if (fragments.length === 0) return 0;
  const ids = fragments.map((f) => f.fragment_id);
  const codesSql = `SELECT * FROM ${tables.codes} WHERE bucket = $1 AND fragment_id = ANY($2::int[])`;
  const codes = await pgBulkRows(client, StagedCodeRow, codesSql, [bucket, ids]);
  const codesOf = new Map<number, StagedCode[]>();
  for (const c of codes) codesOf.set(c.fragment_id, [...(codesOf.get(c.fragment_id) ?? []), toStagedCode(c)]);
  // Fragment ids need only be unique within a bucket, and buckets are merged side by side.
  const next = await pgRow(
    client,
    NextIdRow,
    `SELECT coalesce(min(fragment_id), 0) - 1 AS next FROM ${tables.fragments} WHERE bucket = $1 AND fragment_id < 0`,
    [bucket],
  );
  let id = Math.min(-1, next?.next ?? -1);
  const fragmentBuffer = new CopyBuffer();
  const codeBuffer = new CopyBuffer();
  let merged = 0;
  for (let start = 0; start < fragments.length;) {
    let end = start + 1;
    const first = fragments[start] as StagedFragmentRow;
    while (end < fragments.length && fragments[end]?.src === first.src && fragments[end]?.ext_id === first.ext_id)
      end += 1;
    const pieces = fragments.slice(start, end);
    const assembled = assembleEncounter(
      pieces.map(toStagedRow),
      pieces.flatMap((f) => codesOf.get(f.fragment_id) ?? []),
      layout,
    );
    // A piece that was already inconsistent in itself keeps the whole encounter out.
    const inconsistent = pieces.find((f) => f.disagreement);
    if (inconsistent?.disagreement && !assembled.disagreement) {
      assembled.disagreement = {
        // Staged together with the disagreement (fragmentLine), so never null beside one.
        field: inconsistent.disagreement_field ?? '',
        values: String(inconsistent.disagreement_value).split(' / ') as [string, string],
        message: inconsistent.disagreement,
      };
    }
    fragmentBuffer.push(fragmentLine(id, bucket, assembled));
    codeLines(id, bucket, assembled, codeBuffer);
    id -= 1;
    merged += 1;
    start = end;
  }
  await execute(
    client,
    `UPDATE ${tables.fragments} SET superseded = true WHERE bucket = $1 AND fragment_id = ANY($2::int[])`,
    [bucket, ids],
  );
  await copyInto(client, tables.fragments, STAGE_FRAGMENT_COLUMNS, fragmentBuffer);
  await copyInto(client, tables.codes, STAGE_CODE_COLUMNS, codeBuffer);
  return merged;
}

/** A fragment read back as one row of its encounter (its fields agree within it, or it carries a disagreement). */
function toStagedRow(f: StagedFragmentRow): StagedRow {
  return {
    rowNo: f.first_row,
    rowCount: f.row_count,
    bucket: f.bucket,
    source: f.src,
    externalId: f.ext_id,
    coderRef: f.coder_ref ?? '',
    coderId: f.coder_id,
    setting: f.setting,
    facility: f.facility,
    payer: f.payer,
    admissionDate: isoDate(f.admission_date),
    dischargeDate: isoDate(f.discharge_date),
    serviceDate: isoDate(f.service_date),
    encounterDate: isoDate(f.enc_date),
    fiscalYear: f.fiscal_year,
    drg: f.drg,
    charges: f.charges,
    chargesAreTotal: true,
    patientRef: f.patient_ref,
    age: f.age,
    sex: f.sex,
    dischargeStatus: f.discharge_status,
    fatal: f.fatal,
    flags: f.row_flags,
  };
}

function toStagedCode(c: StagedCodeRow): StagedCode {
  return {
    rowNo: c.row_no,
    dedupe: c.dedupe,
    kind: c.kind,
    system: c.system,
    code: c.code,
    seq: c.seq,
    principal: c.principal_given,
    poa: c.poa,
    modifiers: c.modifiers,
    units: c.units,
    line: c.line,
    issue: c.issue,
  };
}

/** node-postgres turns DATE into a local-midnight Date; the calendar date is what was stored. */
function isoDate(value: Date | string | null): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}
