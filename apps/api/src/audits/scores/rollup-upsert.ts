/**
 * The columns a score_rollups row is written with besides its key (scope, scope_id, month) and its method, each with
 * its SQL type: the upsert's column list, its JSON record type and its ON CONFLICT update are all built from here.
 */
const ROLLUP_VALUES = {
  team_id: 'uuid',
  records_reviewed: 'int',
  codes_reviewed: 'int',
  weighted_codes: 'float8',
  weighted_errors: 'float8',
  records_with_error: 'int',
  inpatient_records_reviewed: 'int',
  drg_unchanged: 'int',
  code_accuracy: 'float8',
  code_accuracy_lower: 'float8',
  code_accuracy_upper: 'float8',
  record_accuracy: 'float8',
  record_accuracy_lower: 'float8',
  record_accuracy_upper: 'float8',
  overpayment: 'numeric',
  underpayment: 'numeric',
  overpayment_weight: 'numeric',
  underpayment_weight: 'numeric',
  category_errors: 'jsonb',
  preliminary: 'boolean',
  code_clusters: 'int',
  code_errors_squared: 'float8',
  code_units_squared: 'float8',
  code_errors_times_units: 'float8',
  auditor_findings: 'jsonb',
  population: 'int',
  targeted_records_reviewed: 'int',
  targeted_records_with_error: 'int',
} as const;

/** One rollup row as the upsert reads it from JSON: its key and exactly the columns of ROLLUP_VALUES. */
export type RollupRow = { scope_id: string; month: string } & Record<keyof typeof ROLLUP_VALUES, unknown>;

const columns = Object.keys(ROLLUP_VALUES);
const recordType = Object.entries(ROLLUP_VALUES).map(([column, type]) => `${column} ${type}`);

/** Upserts the rows of one scope: $1 scope, $2 scoring method, $3 the rows (RollupRow[]) as JSON. */
export const UPSERT_ROLLUPS_SQL = `
  INSERT INTO score_rollups (scope, scope_id, month, method_version, ${columns.join(', ')}, updated_at)
  SELECT $1, r.scope_id, r.month, $2, ${columns.map((c) => `r.${c}`).join(', ')}, now()
    FROM jsonb_to_recordset($3::jsonb) AS r(scope_id uuid, month date, ${recordType.join(', ')})
  ON CONFLICT (scope, scope_id, month) DO UPDATE SET method_version = excluded.method_version,
    ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}, updated_at = now()`;
