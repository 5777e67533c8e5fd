import type { ScoringSettings } from '@recode/domain';
import type { DataSource } from 'typeorm';
import {
  codeWeightSql,
  COUNTED_AUDIT,
  FINDING_COUNTS_AGAINST_CODER,
  FINDING_STANDS,
  findingWeightSql,
  RANDOM_AUDIT,
  unsettledStatus,
} from '../audits';
import { selectManyRows } from '../database/sql';
import { RawCoderMonthRow, toCoderMonthRow, type CoderMonthRow, type RowFilter } from './coder-month-row';

// The scoring rules of libs/domain, as SQL built from the domain's lists (audits/scores/scoring-sql.ts).
const STANDS = FINDING_STANDS;
const COUNTED = FINDING_COUNTS_AGAINST_CODER;
const WEIGHT = findingWeightSql('$3::float8', '$4::float8');
const CODE_WEIGHT = codeWeightSql('$3::float8', '$4::float8');
const SIDE = `sign(coalesce(f.payment_delta, f.weight_delta, 0))`;

export const ITEMS = `audit_items i JOIN audits a ON a.id = i.audit_id JOIN coders c ON c.id = i.coder_id`;
const monthOf = (filter: RowFilter): string =>
  filter.basis === 'review'
    ? `to_char(i.reviewed_at AT TIME ZONE 'UTC', 'YYYY-MM')`
    : `to_char(i.encounter_date, 'YYYY-MM')`;

/**
 * The conditions of the records in scope. Only the filters given are written out: an "$n IS NULL OR …"
 * guard would make the planner guess one row and nest loops over hundreds of thousands.
 */
export function inScope(filter: RowFilter, params: unknown[]): string {
  const add = (value: unknown): string => `$${params.push(value)}`;
  const when = filter.basis === 'review' ? `(i.reviewed_at AT TIME ZONE 'UTC')` : 'i.encounter_date';
  const where = [`i.status = 'reviewed'`, COUNTED_AUDIT, `${when} >= $1::date`, `${when} < $2::date`];
  if (filter.teamIds) where.push(`c.team_id = ANY(${add(filter.teamIds)}::uuid[])`);
  if (filter.coderId) where.push(`i.coder_id = ${add(filter.coderId)}::uuid`);
  if (filter.setting) where.push(`i.setting = ${add(filter.setting)}::text`);
  if (filter.facility)
    where.push(
      `EXISTS (SELECT 1 FROM encounter_versions v WHERE v.id = i.encounter_version_id AND v.facility = ${add(filter.facility)}::text)`,
    );
  return where.join(' AND ');
}

/**
 * The coder-month's population under the same setting and facility filters: the coder's encounters that
 * month (as the rollups store it), so stratified figures agree between the two paths.
 */
function populationSql(filter: RowFilter, params: unknown[]): string {
  const add = (value: unknown): string => `$${params.push(value)}`;
  const where = [
    `e.coder_id = k.coder_id`,
    `e.encounter_date >= to_date(k.month, 'YYYY-MM')`,
    `e.encounter_date < to_date(k.month, 'YYYY-MM') + interval '1 month'`,
  ];
  if (filter.setting) where.push(`e.setting = ${add(filter.setting)}::text`);
  if (filter.facility) where.push(`e.facility = ${add(filter.facility)}::text`);
  return `(SELECT count(*)::int FROM encounters e WHERE ${where.join(' AND ')})`;
}

/**
 * The same coder-month rows as the rollups, computed in one set-based statement from the reviewed
 * records and their findings. Used when a filter (setting, facility) splits what the rollups sum,
 * and by the benchmark as the plain SQL aggregate the rollups are measured against. As in the rollups,
 * targeted (rule-driven) audits' records stay out of every rate and count only as targeted review
 * findings; their released findings still count in the auditors' calibration.
 */
export function recordRowsQuery(filter: RowFilter, weights: ScoringSettings): { sql: string; params: unknown[] } {
  const params: unknown[] = [filter.fromDate, filter.toExclusive, weights.principalWeight, weights.otherWeight];
  const scope = inScope(filter, params);
  const population = populationSql(filter, params);
  // One pass over records ⟕ findings (one row per finding, or per record without one); every later step
  // aggregates that row set, so no join is planned against a materialised CTE.
  const sql = `
WITH base AS (
  SELECT i.id AS item_id, i.coder_id, c.team_id, ${monthOf(filter)} AS month, coalesce(i.codes_reviewed, 0) AS codes, ${CODE_WEIGHT} AS units, i.auditor_id, NOT (${RANDOM_AUDIT}) AS targeted,
         a.status IN ('released', 'final') AS released, f.id AS finding_id, f.category, f.status,
         coalesce(${COUNTED}, false) AS counted, coalesce(${STANDS}, false) AS stands, coalesce(${WEIGHT}, 0) AS weight, coalesce(${SIDE}, 0) AS side,
         abs(coalesce(f.payment_delta, 0)) AS money, abs(coalesce(f.weight_delta, 0)) AS drg_weight
    FROM ${ITEMS} LEFT JOIN audit_findings f ON f.item_id = i.id
   WHERE ${scope}
), per_item AS (
  SELECT item_id, coder_id, team_id, month, codes, units, targeted, bool_or(NOT released OR coalesce(${unsettledStatus('status')}, false)) AS preliminary, sum(weight) FILTER (WHERE counted) AS errors, bool_or(counted) AS has_error,
         sum(money) FILTER (WHERE stands AND side < 0) AS over_money, sum(drg_weight) FILTER (WHERE stands AND side < 0) AS over_weight,
         sum(money) FILTER (WHERE stands AND side > 0) AS under_money, sum(drg_weight) FILTER (WHERE stands AND side > 0) AS under_weight
    FROM base GROUP BY item_id, coder_id, team_id, month, codes, units, targeted
), cm AS (
  SELECT coder_id, team_id, month, bool_or(preliminary) AS preliminary, count(*) AS records, sum(codes) AS codes, sum(units) AS weighted_codes, coalesce(sum(errors), 0) AS errors,
         count(*) FILTER (WHERE has_error) AS with_error, count(*) FILTER (WHERE units > 0) AS clusters,
         coalesce(sum(errors * errors) FILTER (WHERE units > 0), 0) AS esq, sum(units::float8 * units) AS usq, coalesce(sum(errors * units), 0) AS eu,
         sum(over_money) AS over_money, sum(over_weight) AS over_weight, sum(under_money) AS under_money, sum(under_weight) AS under_weight
    FROM per_item WHERE NOT targeted GROUP BY coder_id, team_id, month
), tg AS (
  SELECT coder_id, team_id, month, count(*) AS records, count(*) FILTER (WHERE has_error) AS with_error FROM per_item WHERE targeted GROUP BY coder_id, team_id, month
), k AS (
  SELECT coder_id, team_id, month FROM cm UNION SELECT coder_id, team_id, month FROM tg
), cat AS (
  SELECT coder_id, month, jsonb_object_agg(category, n) AS categories
    FROM (SELECT coder_id, month, category, count(*)::int AS n FROM base WHERE counted AND NOT targeted GROUP BY 1, 2, 3) s
   GROUP BY coder_id, month
), aud AS (
  SELECT coder_id, month, jsonb_object_agg(auditor_id, jsonb_build_object('findings', findings, 'disputed', disputed, 'lost', lost)) AS stats
    FROM (SELECT coder_id, month, auditor_id, count(*)::int AS findings,
                 count(*) FILTER (WHERE status IN ('disputed', 'escalated', 'upheld', 'withdrawn', 'overturned'))::int AS disputed,
                 count(*) FILTER (WHERE status IN ('withdrawn', 'overturned'))::int AS lost
            FROM base WHERE released AND auditor_id IS NOT NULL AND finding_id IS NOT NULL GROUP BY 1, 2, 3) s
   GROUP BY coder_id, month
)
SELECT k.coder_id AS "coderId", k.team_id AS "teamId", k.month, cm.records AS "recordsReviewed", cm.codes AS "codesReviewed", cm.weighted_codes AS "weightedCodes",
       cm.errors AS "weightedErrors", cm.with_error AS "recordsWithError", cm.clusters, cm.esq AS "errorsSquared", cm.usq AS "unitsSquared",
       cm.eu AS "errorsTimesUnits", cm.over_money AS overpayment, cm.under_money AS underpayment, cm.over_weight AS "overpaymentWeight",
       cm.under_weight AS "underpaymentWeight", cm.preliminary, ${population} AS population, cat.categories AS "categoryErrors", aud.stats AS "auditorFindings",
       tg.records AS "targetedRecordsReviewed", tg.with_error AS "targetedRecordsWithError"
  FROM k LEFT JOIN cm ON cm.coder_id = k.coder_id AND cm.month = k.month LEFT JOIN tg ON tg.coder_id = k.coder_id AND tg.month = k.month
  LEFT JOIN cat ON cat.coder_id = k.coder_id AND cat.month = k.month LEFT JOIN aud ON aud.coder_id = k.coder_id AND aud.month = k.month`;
  return { sql, params };
}

export async function recordRows(
  db: DataSource,
  filter: RowFilter,
  weights: ScoringSettings,
): Promise<CoderMonthRow[]> {
  const { sql, params } = recordRowsQuery(filter, weights);
  // The dashboard's hot path under a setting/facility filter (up to coders × months rows): the first row is checked.
  const raw = await selectManyRows(db, RawCoderMonthRow, sql, params);
  return raw.map(toCoderMonthRow);
}
