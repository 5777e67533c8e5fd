import type { EntityManager } from 'typeorm';
import type { AuditLogService } from '../audit-log/audit-log.service';
import type { RequestContext } from '../common/request-context';

/**
 * Released audits whose rebuttal window has passed and where nothing can move any more (no open,
 * disputed or escalated finding, no upheld answer still inside its escalation window) become final,
 * so the next score run stores the final score. `auditIds` null means every audit. Returns those moved.
 */
export async function finalizeSettledAudits(m: EntityManager, auditLog: AuditLogService, ctx: RequestContext, auditIds: string[] | null): Promise<string[]> {
  const [rows]: [{ id: string }[], number] = await m.query(
    `UPDATE audits a SET status = 'final', finalized_at = now(), updated_at = now()
      WHERE a.status = 'released' AND a.rebuttal_due_at < now() AND ($1::uuid[] IS NULL OR a.id = ANY($1::uuid[]))
        AND NOT EXISTS (SELECT 1 FROM audit_findings f WHERE f.audit_id = a.id AND f.status IN ('open', 'disputed', 'escalated'))
        AND NOT EXISTS (
          SELECT 1 FROM audit_findings f JOIN dispute_events de ON de.finding_id = f.id AND de.action = 'uphold' AND de.from_status = 'disputed'
           WHERE f.audit_id = a.id AND f.status = 'upheld' AND de.next_due_at > now()
             AND NOT EXISTS (SELECT 1 FROM dispute_events x WHERE x.finding_id = f.id AND x.action = 'escalate'))
      RETURNING a.id`,
    [auditIds],
  );
  for (const { id } of rows) {
    await auditLog.record(ctx, { action: 'audit.finalized', entityType: 'audit', entityId: id, details: { by: 'disputes', reason: 'every finding settled after the rebuttal window' } }, m);
  }
  return rows.map((r) => r.id);
}
