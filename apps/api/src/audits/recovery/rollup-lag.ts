import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { selectRows } from '../../database/sql';
import { COUNTED_AUDIT } from '../scores/scoring-sql';

/** The reconciler's own `rollups.refresh` job per audit, keyed by it, so a pass can see it is still queued. */
export const rollupsJobId = (auditId: string): string => `rollups-${auditId}`;

/** The reconciler's own `audits.score` job per audit, keyed by it for the same reason. */
export const rescoreJobId = (auditId: string): string => `rescore-${auditId}`;

/** Scores this old whose rollups are older still: the score job's `rollups.refresh` was lost. */
const ROLLUP_LAG = `interval '30 seconds'`;
/** Scores computed longer ago than this are not looked at again (the pass stays cheap on a large history). */
const ROLLUP_WINDOW = `interval '7 days'`;

const LaggingRow = z.object({ auditId: z.string(), coderId: z.string(), month: z.string() });

export interface LaggingRollups {
  auditId: string;
  coderMonths: { coderId: string; month: string }[];
}

/**
 * Audits whose latest score (audit_scores.computed_at) is newer than a coder-month rollup it feeds
 * (score_rollups.updated_at), or whose coder-month has no rollup row although a reviewed record of a
 * counted audit is there (the refresh writes a row exactly then and deletes it otherwise). Each
 * `audits.score` job queues the refresh of its coders' months, so a rollup older than its score means
 * that refresh never ran.
 */
export async function laggingRollups(m: EntityManager): Promise<LaggingRollups[]> {
  const rows = await selectRows(
    m,
    LaggingRow,
    `WITH scored AS (
       SELECT s.audit_id, max(s.computed_at) AS computed_at FROM audit_scores s JOIN audits a ON a.id = s.audit_id
        WHERE ${COUNTED_AUDIT} GROUP BY s.audit_id
       HAVING max(s.computed_at) < now() - ${ROLLUP_LAG} AND max(s.computed_at) > now() - ${ROLLUP_WINDOW}
     ), months AS (
       SELECT DISTINCT sc.audit_id, sc.computed_at, i.coder_id, date_trunc('month', i.encounter_date)::date AS month
         FROM scored sc JOIN audit_items i ON i.audit_id = sc.audit_id AND i.status <> 'spare'
     )
     SELECT mo.audit_id AS "auditId", mo.coder_id AS "coderId", to_char(mo.month, 'YYYY-MM-DD') AS month
       FROM months mo LEFT JOIN score_rollups r ON r.scope = 'coder' AND r.scope_id = mo.coder_id AND r.month = mo.month
      WHERE CASE WHEN r.scope_id IS NULL
                 THEN EXISTS (SELECT 1 FROM audit_items i JOIN audits a ON a.id = i.audit_id
                               WHERE i.coder_id = mo.coder_id AND i.status = 'reviewed' AND ${COUNTED_AUDIT}
                                 AND date_trunc('month', i.encounter_date)::date = mo.month)
                 ELSE r.updated_at < mo.computed_at END
      ORDER BY 1, 2, 3`,
  );
  const byAudit = new Map<string, LaggingRollups>();
  for (const { auditId, coderId, month } of rows) {
    const entry = byAudit.get(auditId) ?? { auditId, coderMonths: [] };
    entry.coderMonths.push({ coderId, month });
    byAudit.set(auditId, entry);
  }
  return [...byAudit.values()];
}
