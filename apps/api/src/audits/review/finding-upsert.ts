import { jsonUpsertSql } from '../../database/json-upsert';

/** The columns an audit_findings row is written with from a record's findings, each with its SQL type. */
const FINDING_VALUES = {
  key: 'text',
  ordinal: 'int',
  type: 'text',
  category: 'text',
  system: 'text',
  code_before: 'text',
  code_after: 'text',
  principal: 'boolean',
  poa_before: 'text',
  poa_after: 'text',
  modifiers_before: 'text[]',
  modifiers_after: 'text[]',
  units_before: 'int',
  units_after: 'int',
  suggested_direction: 'text',
  root_cause: 'text',
  impact: 'text',
  direction: 'text',
  rationale: 'text',
  reference: 'jsonb',
  drg_before: 'text',
  drg_after: 'text',
  weight_before: 'numeric',
  weight_after: 'numeric',
  weight_delta: 'numeric',
  payment_delta: 'numeric',
  base_rate: 'numeric',
  drg_source: 'text',
  drg_drivers: 'text[]',
  drg_override_reason: 'text',
} as const;

/** One finding row as the upsert reads it from JSON: exactly the columns of FINDING_VALUES. */
export type FindingRow = Record<keyof typeof FINDING_VALUES, unknown>;

/**
 * Upserts a record's findings: $1 audit, $2 item, $3 coder, $4 fiscal year, $5 the rows (FindingRow[]) as JSON. A
 * finding's key stands for its type, system and codes, so an update leaves those (and the record's ids) as they are.
 */
export const UPSERT_FINDINGS_SQL = jsonUpsertSql({
  table: 'audit_findings',
  shared: ['audit_id', 'item_id', 'coder_id', 'fiscal_year'],
  rows: FINDING_VALUES,
  conflict: ['item_id', 'key'],
  keep: ['audit_id', 'coder_id', 'type', 'system', 'code_before', 'code_after'],
  stamp: 'updated_at',
});
