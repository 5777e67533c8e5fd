import type { DataSource } from 'typeorm';
import { execute, selectRow, selectRows } from '../database/sql';
import { TotalRow } from '../database/rows';
import { CoderMonthRow } from './bench-rows';
import { insertReviewedAudit } from './audit-bench-data';

/** Findings per reviewed record that insertReviewedAudit's fixed mix yields: 1/3 + 1/5 + 1/7 + ¼·¼ (inpatient DRG). */
const FINDINGS_PER_RECORD = 1 / 3 + 1 / 5 + 1 / 7 + 1 / 16;

/**
 * The audit bench's reviewed audit, sized to about `findings` findings and shaped for the dashboard:
 * released, its records split between the two demo auditors, and a fixed share of findings carried
 * through the dispute steps (every 25th disputed, every 50th withdrawn, every 100th overturned…).
 */
export async function insertDashboardAudit(
  db: DataSource,
  findings: number,
): Promise<{ auditId: string; records: number; findings: number }> {
  const records = Math.ceil(findings / FINDINGS_PER_RECORD);
  const auditId = await insertReviewedAudit(db, records);
  await db.transaction(async (m) => {
    await execute(
      m,
      `UPDATE audits SET status = 'released', released_at = now(), name = 'Bench dashboard' WHERE id = $1`,
      [auditId],
    );
    await execute(
      m,
      `UPDATE audit_items i SET auditor_id = u.ids[1 + i.draw_order % 2]
         FROM (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE role = 'auditor') u WHERE i.audit_id = $1`,
      [auditId],
    );
    await execute(
      m,
      `UPDATE audit_findings f SET status = CASE
           WHEN s.n % 100 = 0 THEN 'overturned' WHEN s.n % 50 = 0 THEN 'withdrawn' WHEN s.n % 40 = 0 THEN 'upheld'
           WHEN s.n % 30 = 0 THEN 'escalated' WHEN s.n % 25 = 0 THEN 'disputed' WHEN s.n % 2 = 0 THEN 'agreed' ELSE f.status END
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM audit_findings WHERE audit_id = $1) s WHERE f.id = s.id`,
      [auditId],
    );
  });
  await execute(db, 'ANALYZE audit_items');
  await execute(db, 'ANALYZE audit_findings');
  const counted = await selectRow(
    db,
    TotalRow,
    'SELECT count(*)::int AS total FROM audit_findings WHERE audit_id = $1',
    [auditId],
  );
  return { auditId, records, findings: counted?.total ?? 0 };
}

/** Every coder-month the audit touches, for one rollups refresh. */
export async function coderMonthsOf(db: DataSource, auditId: string): Promise<{ coderId: string; month: string }[]> {
  return selectRows(
    db,
    CoderMonthRow,
    `SELECT DISTINCT coder_id AS "coderId", to_char(date_trunc('month', encounter_date), 'YYYY-MM-DD') AS month FROM audit_items WHERE audit_id = $1`,
    [auditId],
  );
}
