import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SYSTEM_CONTEXT } from '../common/request-context';
import { AuditLogService } from '../audit-log';
import { JobHandler } from '../jobs/job-handler.decorator';
import { JobQueue } from '../jobs/job-queue';
import { selectRows } from '../database/sql';
import { LapsedRow } from './dispute-sql-rows';
import { finalizeSettledAudits } from '../audits';

export interface LapseOutcome {
  lapsed: number;
  finalized: string[];
}

/**
 * The scheduled lapse (hourly, see worker.ts): open findings of released audits past their rebuttal
 * deadline become agreed, each kept as a 'lapse' step (the domain's open --lapse--> agreed move, done
 * set-based); audits left with nothing unsettled go final and are re-scored. Idempotent: a second run
 * finds no open finding past its deadline and changes nothing.
 */
@Injectable()
export class DisputeLapseService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auditLog: AuditLogService,
    private readonly jobs: JobQueue,
  ) {}

  @JobHandler('disputes.lapse')
  async run(): Promise<LapseOutcome> {
    const outcome = await this.db.transaction(async (m) => {
      const lapsed = await selectRows(
        m,
        LapsedRow,
        `WITH moved AS (
           UPDATE audit_findings f SET status = 'agreed', updated_at = now() FROM audits a
            WHERE a.id = f.audit_id AND a.status = 'released' AND a.rebuttal_due_at < now() AND f.status = 'open'
           RETURNING f.id, f.audit_id),
         kept AS (
           INSERT INTO dispute_events (finding_id, audit_id, actor_id, actor_role, action, from_status, to_status)
           SELECT id, audit_id, NULL, 'system', 'lapse', 'open', 'agreed' FROM moved RETURNING audit_id)
         SELECT audit_id AS "auditId", count(*)::int AS n FROM kept GROUP BY audit_id`,
      );
      for (const { auditId, n } of lapsed) {
        await this.auditLog.record(
          SYSTEM_CONTEXT,
          { action: 'dispute.lapse', entityType: 'audit', entityId: auditId, details: { findingsTakenAsAgreed: n } },
          m,
        );
      }
      const finalized = await finalizeSettledAudits(m, this.auditLog, SYSTEM_CONTEXT, null);
      return {
        lapsed: lapsed.reduce((sum, l) => sum + l.n, 0),
        finalized,
        touched: [...new Set([...lapsed.map((l) => l.auditId), ...finalized])],
      };
    });
    for (const auditId of outcome.touched) await this.jobs.enqueue('audits.score', { auditId });
    return { lapsed: outcome.lapsed, finalized: outcome.finalized };
  }
}
