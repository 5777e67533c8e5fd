import type { ImportLayout } from '@recode/contracts';
import { grouperVersionLabel, missingInputs, type GrouperInput } from '@recode/domain';
import type { PoolClient } from 'pg';
import { pgBulkRows, pgCount } from '../../database/pg-sql';
import { execute } from '../../database/sql';
import type { StayGrouper } from '../../grouper';
import { StayRow } from './staged-rows';
import type { StageTables } from './stage-tables';

/** The flag an inpatient encounter gets when its billed MS-DRG is not the grouper's. */
export const DRG_GROUPER_DIFFERS = 'DRG_GROUPER_DIFFERS';

const DRG_FIELD: Readonly<Partial<Record<ImportLayout, string>>> = {
  'code-lines': 'drg',
  'claim-lines': 'ms_drg_code',
};

/** Inpatient stays about to be written, with their diagnoses and procedures in stored order. */
const staysSql = (
  t: StageTables,
): string => `SELECT p.fragment_id AS id, to_char(p.discharge_date, 'YYYY-MM-DD') AS discharge, p.drg, p.age, p.sex,
    p.discharge_status AS status, array_agg(c.kind ORDER BY c.position) AS kinds, array_agg(c.code ORDER BY c.position) AS codes,
    array_agg(c.principal ORDER BY c.position) AS principals, array_agg(coalesce(c.poa, '') ORDER BY c.position) AS poas
  FROM b_plan p LEFT JOIN ${t.codes} c ON c.bucket = $1 AND c.fragment_id = p.fragment_id AND c.kind IN (1, 2)
  WHERE p.setting = 'inpatient' AND p.action <> 'same' AND p.discharge_date IS NOT NULL
  GROUP BY p.fragment_id, p.discharge_date, p.drg, p.age, p.sex, p.discharge_status`;

const UPDATE_PLAN_SQL = `UPDATE b_plan p SET grouper_drg = u.drg, grouper_version = u.version, grouper_return_code = u.rc,
    grouper_message = u.msg, grouper_missing = string_to_array(u.missing, ','),
    flags = CASE WHEN u.differs THEN ARRAY(SELECT DISTINCT x FROM unnest(p.flags || '${DRG_GROUPER_DIFFERS}'::text) x ORDER BY x) ELSE p.flags END
  FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[]) AS u(id, drg, version, rc, msg, missing, differs)
  WHERE p.fragment_id = u.id`;

const FLAG_ERRORS_SQL = `INSERT INTO import_errors (import_id, row_no, encounter_ref, field, value, code, severity, message)
  SELECT $1::uuid, first_row, ext_id, $2::text, drg, '${DRG_GROUPER_DIFFERS}', 'flag',
    format('billed MS-DRG %s differs from the grouper''s MS-DRG %s (%s)', drg, grouper_drg, grouper_version)
  FROM b_plan WHERE '${DRG_GROUPER_DIFFERS}' = ANY(flags) AND action <> 'same'`;

/** One stay's grouper input from its staged codes: the principal is the diagnosis marked so (else the first). */
export function stayInput(s: StayRow): GrouperInput {
  let pdx = '';
  const sdx: { code: string; poa: string | null }[] = [];
  const procedures: string[] = [];
  s.codes.forEach((code, i) => {
    if (code === null) return;
    if (s.kinds[i] === 2) procedures.push(code);
    else if (!pdx && s.principals[i]) pdx = code;
    else sdx.push({ code, poa: s.poas[i] || null });
  });
  if (!pdx && sdx.length) pdx = (sdx.shift() as { code: string }).code;
  return { age: s.age, sex: s.sex, dischargeStatus: s.status === null ? null : Number(s.status), pdx, sdx, procedures };
}

/**
 * Groups the bucket's new inpatient versions (b_plan, before it is written) with the tables of each
 * discharge date's version and stores the result beside the billed DRG: the DRG, version and return
 * code, or "no grouper for this year" without a DRG; the inputs that were missing; and the
 * DRG_GROUPER_DIFFERS flag (plus a flag line in the import's report) when the grouper grouped (OK) and
 * the billed DRG is another. Returns the number of report lines added.
 */
export async function groupBucket(
  client: PoolClient,
  args: { importId: string; bucket: number; tables: StageTables; layout: ImportLayout; grouper: StayGrouper },
): Promise<number> {
  // A bucket's inpatient stays (thousands in a large file): the first row is checked, see firstRowChecked.
  const rows = await pgBulkRows(client, StayRow, staysSql(args.tables), [args.bucket]);
  if (rows.length === 0) return 0;
  const cols: [number[], (string | null)[], (string | null)[], string[], (string | null)[], string[], boolean[]] = [
    [],
    [],
    [],
    [],
    [],
    [],
    [],
  ];
  for (const s of rows) {
    const input = stayInput(s);
    const missing = missingInputs(input);
    const grouped = args.grouper(s.discharge, input);
    const drg = grouped.ok ? String(grouped.result.finalDrg).padStart(3, '0') : null;
    const rc = grouped.ok ? grouped.result.returnCode : 'NO_GROUPER_FOR_VERSION';
    cols[0].push(s.id);
    cols[1].push(drg);
    cols[2].push(grouped.ok ? grouperVersionLabel(grouped.version) : null);
    cols[3].push(rc);
    cols[4].push(grouped.ok ? grouped.result.message : grouped.message);
    cols[5].push(missing.join(','));
    cols[6].push(rc === 'OK' && s.drg !== null && drg !== s.drg.padStart(3, '0'));
  }
  await execute(client, UPDATE_PLAN_SQL, cols);
  return pgCount(client, FLAG_ERRORS_SQL, [args.importId, DRG_FIELD[args.layout] ?? 'drg']);
}
