import type { DataSource } from 'typeorm';
import { selectManyRows } from '../database/sql';
import { RawCoderMonthRow, toCoderMonthRow, type CoderMonthRow, type RowFilter } from './coder-month-row';

/** Coder-month rows straight from score_rollups: a few hundred small rows, whatever the base tables hold. */
export async function rollupRows(db: DataSource, filter: RowFilter): Promise<CoderMonthRow[]> {
  // The dashboard's hot path (every request, up to coders × months rows): the first row is checked (selectManyRows).
  const raw = await selectManyRows(
    db,
    RawCoderMonthRow,
    `SELECT r.scope_id AS "coderId", r.team_id AS "teamId", to_char(r.month, 'YYYY-MM') AS month, r.records_reviewed AS "recordsReviewed",
            r.codes_reviewed AS "codesReviewed", r.weighted_codes AS "weightedCodes", r.weighted_errors AS "weightedErrors", r.records_with_error AS "recordsWithError",
            r.code_clusters AS clusters, r.code_errors_squared AS "errorsSquared", r.code_units_squared AS "unitsSquared",
            r.code_errors_times_units AS "errorsTimesUnits", r.overpayment, r.underpayment, r.overpayment_weight AS "overpaymentWeight",
            r.underpayment_weight AS "underpaymentWeight", r.category_errors AS "categoryErrors", r.auditor_findings AS "auditorFindings",
            r.population, r.preliminary, r.targeted_records_reviewed AS "targetedRecordsReviewed", r.targeted_records_with_error AS "targetedRecordsWithError"
       FROM score_rollups r
      WHERE r.scope = 'coder' AND r.month >= $1::date AND r.month < $2::date
        AND ($3::uuid[] IS NULL OR r.team_id = ANY($3::uuid[])) AND ($4::uuid IS NULL OR r.scope_id = $4::uuid)`,
    [filter.fromDate, filter.toExclusive, filter.teamIds, filter.coderId],
  );
  return raw.map(toCoderMonthRow);
}
