import { jsonUpsertSql } from '../../database/json-upsert';

/** The columns a score_rollups row is written with besides its key (scope, scope_id, month) and its method. */
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

/** Upserts the rows of one scope: $1 scope, $2 scoring method, $3 the rows (RollupRow[]) as JSON. */
export const UPSERT_ROLLUPS_SQL = jsonUpsertSql({
  table: 'score_rollups',
  shared: ['scope', 'method_version'],
  rows: { scope_id: 'uuid', month: 'date', ...ROLLUP_VALUES },
  conflict: ['scope', 'scope_id', 'month'],
  stamp: 'updated_at',
});
