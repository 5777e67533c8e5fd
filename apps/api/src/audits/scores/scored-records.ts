import type { ScoredRecord } from '@recode/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { selectManyRows } from '../../database/sql';
import { ScoredRecordRow } from './score-rows';

export interface LoadedRecord extends ScoredRecord {
  teamId: string | null;
  month: string;
  /** The record's audit is still in review: anything built on it is preliminary. */
  inReview: boolean;
}

/**
 * Reviewed records with their findings as the scoring functions take them, in one query (findings
 * aggregated per record in PostgreSQL). `where` filters audit_items i / audits a.
 */
export async function loadScoredRecords(
  db: DataSource | EntityManager,
  where: string,
  params: unknown[],
): Promise<LoadedRecord[]> {
  // Thousands of records with their findings per rollup month: the first row is checked (selectManyRows).
  const rows = await selectManyRows(
    db,
    ScoredRecordRow,
    `SELECT i.id, i.coder_id AS "coderId", c.team_id AS "teamId", to_char(date_trunc('month', i.encounter_date), 'YYYY-MM-DD') AS month, a.status = 'in_review' AS "inReview",
            i.setting, coalesce(i.codes_reviewed, 0) AS "codesReviewed", coalesce(i.principal_codes, 0) AS "principalCodes",
            (SELECT json_agg(json_build_object('type', f.type, 'category', f.category, 'principal', f.principal, 'rootCause', f.root_cause,
                     'status', f.status, 'direction', f.direction, 'paymentDelta', f.payment_delta::float8, 'weightDelta', f.weight_delta::float8) ORDER BY f.ordinal)
               FROM audit_findings f WHERE f.item_id = i.id) AS findings
       FROM audit_items i JOIN audits a ON a.id = i.audit_id JOIN coders c ON c.id = i.coder_id
      WHERE i.status = 'reviewed' AND ${where}
      ORDER BY i.id`,
    params,
  );
  return rows.map((row) => ({
    recordId: row.id,
    coderId: row.coderId,
    teamId: row.teamId,
    month: row.month,
    inReview: row.inReview,
    setting: row.setting,
    inpatient: row.setting === 'inpatient',
    codesReviewed: row.codesReviewed,
    principalCodes: row.principalCodes,
    // A reviewed record has every finding classified; an unclassified one (never expected) is scored as the coder's.
    findings: (row.findings ?? []).map((f) => ({ ...f, rootCause: f.rootCause ?? 'coder' })),
  }));
}
