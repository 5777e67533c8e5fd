import { clusterSums, codeClusters, type ClusterSums, type ScoredRecord, type ScoringSettings } from '@recode/domain';
import type { DataSource } from 'typeorm';
import { selectRows } from '../../database/sql';
import { AuditorFindingsRow, KeyCountRow } from './score-rows';

export type AuditorFindings = Record<string, { findings: number; disputed: number; lost: number }>;

/** The cluster-estimator sums of a group of records, stored beside the rollup's interval. */
export function rollupClusterSums(records: readonly ScoredRecord[], settings: ScoringSettings): ClusterSums {
  return clusterSums(codeClusters(records, settings));
}

/**
 * Released findings per coder-month and auditor: how many, how many the coder disputed (any status a
 * dispute leads to) and how many the auditor lost (withdrawn or overturned). Keyed "coderId|month".
 */
export async function auditorFindingsByCoderMonth(
  db: DataSource,
  coderIds: string[],
  months: string[],
): Promise<Map<string, AuditorFindings>> {
  const rows = await selectRows(
    db,
    AuditorFindingsRow,
    `SELECT s.coder_id || '|' || s.month AS key, jsonb_object_agg(s.auditor_id, jsonb_build_object('findings', s.findings, 'disputed', s.disputed, 'lost', s.lost)) AS stats
       FROM (SELECT i.coder_id, to_char(date_trunc('month', i.encounter_date), 'YYYY-MM-DD') AS month, i.auditor_id, count(*)::int AS findings,
                    count(*) FILTER (WHERE f.status IN ('disputed', 'escalated', 'upheld', 'withdrawn', 'overturned'))::int AS disputed,
                    count(*) FILTER (WHERE f.status IN ('withdrawn', 'overturned'))::int AS lost
               FROM audit_items i JOIN audits a ON a.id = i.audit_id JOIN audit_findings f ON f.item_id = i.id
              WHERE i.status = 'reviewed' AND a.status IN ('released', 'final') AND i.auditor_id IS NOT NULL
                AND (i.coder_id, date_trunc('month', i.encounter_date)::date) IN (SELECT * FROM unnest($1::uuid[], $2::date[]))
              GROUP BY 1, 2, 3) s
      GROUP BY s.coder_id, s.month`,
    [coderIds, months],
  );
  return new Map(rows.map((r) => [r.key, r.stats]));
}

/**
 * Encounters per coder-month ("coderId|YYYY-MM-DD"): the population a month's sample of that coder stands
 * for, the stratum weight of team figures. One index range scan per pair (encounters_coder_date_idx).
 */
export async function populationByCoderMonth(
  db: DataSource,
  coderIds: string[],
  months: string[],
): Promise<Map<string, number>> {
  const rows = await selectRows(
    db,
    KeyCountRow,
    `SELECT p.coder_id || '|' || to_char(p.month, 'YYYY-MM-DD') AS key,
            (SELECT count(*)::int FROM encounters e WHERE e.coder_id = p.coder_id AND e.encounter_date >= p.month AND e.encounter_date < p.month + interval '1 month') AS n
       FROM unnest($1::uuid[], $2::date[]) AS p(coder_id, month)`,
    [coderIds, months],
  );
  return new Map(rows.map((r) => [r.key, r.n]));
}
