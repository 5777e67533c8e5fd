import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { AuditLogService } from '../../audit-log';
import type { RequestContext } from '../../common/request-context';
import { selectRows } from '../../database/sql';
import { moveStatus } from './audit-status';

/** What still stands between a released audit and final, counted in the database at its own clock. */
export interface SettlementCounts {
  /** Findings nobody answered yet. */
  open: number;
  /** Disputed or escalated findings. */
  unsettled: number;
  /** Upheld answers to a dispute whose escalation window is still open and that were not escalated. */
  awaitingEscalation: number;
  /** The audit's rebuttal window has passed. */
  windowPassed: boolean;
}

export type Settlement = 'settled' | 'disputes_open' | 'rebuttal_window_open' | 'escalation_window_open';

/**
 * The one "settled" rule. Disputed or escalated findings always block; open findings block until the
 * rebuttal window has passed (then a lapse counts as agreement); an upheld answer blocks while the
 * coder may still escalate it.
 */
export function settlementOf(c: SettlementCounts): Settlement {
  if (c.unsettled > 0) return 'disputes_open';
  if (c.open > 0 && !c.windowPassed) return 'rebuttal_window_open';
  if (c.awaitingEscalation > 0) return 'escalation_window_open';
  return 'settled';
}

/**
 * Whether an audit may become final without anyone asking: settled, its rebuttal window passed, and no
 * open finding left (open findings are taken as agreed by the lapse job or a supervisor's finalize,
 * never here).
 */
export function settlesByItself(c: SettlementCounts): boolean {
  return settlementOf(c) === 'settled' && c.windowPassed && c.open === 0;
}

const CountsRow = z.object({
  id: z.string(),
  open: z.number(),
  unsettled: z.number(),
  awaitingEscalation: z.number(),
  windowPassed: z.boolean(),
  rebuttalDueAt: z.date().nullable(),
});

/** Settlement counts of the released audits among `auditIds` (null: every released audit), each locked. */
export async function releasedSettlementCounts(
  m: EntityManager,
  auditIds: string[] | null,
): Promise<z.infer<typeof CountsRow>[]> {
  return selectRows(
    m,
    CountsRow,
    `SELECT a.id, coalesce(a.rebuttal_due_at < now(), false) AS "windowPassed", a.rebuttal_due_at AS "rebuttalDueAt",
            (SELECT count(*)::int FROM audit_findings f WHERE f.audit_id = a.id AND f.status = 'open') AS open,
            (SELECT count(*)::int FROM audit_findings f WHERE f.audit_id = a.id AND f.status IN ('disputed', 'escalated')) AS unsettled,
            (SELECT count(*)::int FROM audit_findings f
               WHERE f.audit_id = a.id AND f.status = 'upheld'
                 AND EXISTS (SELECT 1 FROM dispute_events de WHERE de.finding_id = f.id AND de.action = 'uphold' AND de.from_status = 'disputed' AND de.next_due_at > now())
                 AND NOT EXISTS (SELECT 1 FROM dispute_events x WHERE x.finding_id = f.id AND x.action = 'escalate')) AS "awaitingEscalation"
       FROM audits a
      WHERE a.status = 'released' AND ($1::uuid[] IS NULL OR a.id = ANY($1::uuid[]))
      ORDER BY a.id
        FOR UPDATE OF a`,
    [auditIds],
  );
}

/**
 * Released audits that settled by themselves become final through the lifecycle's move, so the next
 * score run stores the final score. `auditIds` null means every audit. Returns those moved.
 */
export async function finalizeSettledAudits(
  m: EntityManager,
  auditLog: AuditLogService,
  ctx: RequestContext,
  auditIds: string[] | null,
): Promise<string[]> {
  const moved: string[] = [];
  for (const audit of await releasedSettlementCounts(m, auditIds)) {
    if (!settlesByItself(audit)) continue;
    await moveStatus(m, audit.id, 'final', 'finalized_at = now()');
    await auditLog.record(
      ctx,
      {
        action: 'audit.finalized',
        entityType: 'audit',
        entityId: audit.id,
        details: { by: 'disputes', reason: 'every finding settled after the rebuttal window' },
      },
      m,
    );
    moved.push(audit.id);
  }
  return moved;
}
