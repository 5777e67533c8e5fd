import type { ScoringSettings } from '@recode/domain';
import type { DataSource } from 'typeorm';
import { toCoderMonthRow, type CoderMonthRow, type RawCoderMonthRow, type RowFilter } from './coder-month-row';

// The scoring rules of libs/domain (scoring-settings.ts) in SQL: void statuses, coder-caused findings
// (an unclassified root cause counts as the coder's, as loadScoredRecords does), principal-change types.
const STANDS = `f.status NOT IN ('withdrawn', 'overturned')`;
const COUNTED = `coalesce(f.root_cause, 'coder') = 'coder' AND ${STANDS}`;
const WEIGHT = `CASE WHEN f.type = 'drg_changed' THEN 0
  WHEN f.principal AND f.type IN ('added', 'deleted', 'revised', 'resequenced', 'em_level_changed') THEN $7::float8 ELSE $8::float8 END`;
const SIDE = `sign(coalesce(f.payment_delta, f.weight_delta, 0))`;

/**
 * The same coder-month rows as the rollups, computed in one set-based statement from the reviewed
 * records and their findings. Used when a filter (setting, facility) splits what the rollups sum,
 * and by the benchmark as the plain SQL aggregate the rollups are measured against.
 */
export const RECORD_ROWS_SQL = `
WITH items AS (
  SELECT i.id, i.coder_id, c.team_id, to_char(i.encounter_date, 'YYYY-MM') AS month, coalesce(i.codes_reviewed, 0) AS units,
         i.auditor_id, a.status IN ('released', 'final') AS released
    FROM audit_items i JOIN audits a ON a.id = i.audit_id JOIN coders c ON c.id = i.coder_id
   WHERE i.status = 'reviewed' AND a.status IN ('in_review', 'released', 'final')
     AND i.encounter_date >= $1::date AND i.encounter_date < $2::date
     AND ($3::uuid[] IS NULL OR c.team_id = ANY($3::uuid[])) AND ($4::uuid IS NULL OR i.coder_id = $4::uuid)
     AND ($5::text IS NULL OR i.setting = $5::text)
     AND ($6::text IS NULL OR EXISTS (SELECT 1 FROM encounter_versions v WHERE v.id = i.encounter_version_id AND v.facility = $6::text))
), fs AS (
  SELECT f.item_id, f.category, f.status, ${COUNTED} AS counted, ${STANDS} AS stands, ${WEIGHT} AS weight, ${SIDE} AS side,
         abs(coalesce(f.payment_delta, 0)) AS money, abs(coalesce(f.weight_delta, 0)) AS drg_weight
    FROM audit_findings f JOIN items ON items.id = f.item_id
), per_item AS (
  SELECT items.*, coalesce(x.errors, 0) AS errors, coalesce(x.has_error, false) AS has_error, x.over_money, x.over_weight, x.under_money, x.under_weight
    FROM items LEFT JOIN (
      SELECT item_id, sum(weight) FILTER (WHERE counted) AS errors, bool_or(counted) AS has_error,
             sum(money) FILTER (WHERE stands AND side < 0) AS over_money, sum(drg_weight) FILTER (WHERE stands AND side < 0) AS over_weight,
             sum(money) FILTER (WHERE stands AND side > 0) AS under_money, sum(drg_weight) FILTER (WHERE stands AND side > 0) AS under_weight
        FROM fs GROUP BY item_id) x ON x.item_id = items.id
), cm AS (
  SELECT coder_id, team_id, month, count(*) AS records, sum(units) AS codes, sum(errors) AS errors, count(*) FILTER (WHERE has_error) AS with_error,
         count(*) FILTER (WHERE units > 0) AS clusters, sum(errors * errors) FILTER (WHERE units > 0) AS esq, sum(units * units) AS usq,
         sum(errors * units) AS eu, sum(over_money) AS over_money, sum(over_weight) AS over_weight, sum(under_money) AS under_money, sum(under_weight) AS under_weight
    FROM per_item GROUP BY coder_id, team_id, month
), cat AS (
  SELECT coder_id, month, jsonb_object_agg(category, n) AS categories
    FROM (SELECT items.coder_id, items.month, fs.category, count(*)::int AS n FROM fs JOIN items ON items.id = fs.item_id WHERE fs.counted GROUP BY 1, 2, 3) s
   GROUP BY coder_id, month
), aud AS (
  SELECT coder_id, month, jsonb_object_agg(auditor_id, jsonb_build_object('findings', findings, 'disputed', disputed, 'lost', lost)) AS stats
    FROM (SELECT items.coder_id, items.month, items.auditor_id, count(*)::int AS findings,
                 count(*) FILTER (WHERE fs.status IN ('disputed', 'escalated', 'upheld', 'withdrawn', 'overturned'))::int AS disputed,
                 count(*) FILTER (WHERE fs.status IN ('withdrawn', 'overturned'))::int AS lost
            FROM fs JOIN items ON items.id = fs.item_id WHERE items.released AND items.auditor_id IS NOT NULL GROUP BY 1, 2, 3) s
   GROUP BY coder_id, month
)
SELECT cm.coder_id AS "coderId", cm.team_id AS "teamId", cm.month, cm.records AS "recordsReviewed", cm.codes AS "codesReviewed",
       cm.errors AS "weightedErrors", cm.with_error AS "recordsWithError", cm.clusters, cm.esq AS "errorsSquared", cm.usq AS "unitsSquared",
       cm.eu AS "errorsTimesUnits", cm.over_money AS overpayment, cm.under_money AS underpayment, cm.over_weight AS "overpaymentWeight",
       cm.under_weight AS "underpaymentWeight", cat.categories AS "categoryErrors", aud.stats AS "auditorFindings"
  FROM cm LEFT JOIN cat ON cat.coder_id = cm.coder_id AND cat.month = cm.month LEFT JOIN aud ON aud.coder_id = cm.coder_id AND aud.month = cm.month`;

export function recordRowsParams(filter: RowFilter, weights: ScoringSettings): unknown[] {
  return [filter.fromDate, filter.toExclusive, filter.teamIds, filter.coderId, filter.setting, filter.facility, weights.principalWeight, weights.otherWeight];
}

export async function recordRows(db: DataSource, filter: RowFilter, weights: ScoringSettings): Promise<CoderMonthRow[]> {
  const raw: RawCoderMonthRow[] = await db.query(RECORD_ROWS_SQL, recordRowsParams(filter, weights));
  return raw.map(toCoderMonthRow);
}
