import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditScoreDto, AuditScoresDto, ScoreKind } from '@recode/contracts';
import { SCORING_METHOD_VERSION, scoreRecordsByCoder } from '@recode/domain';
import { DataSource } from 'typeorm';
import type { AuthedContext } from '../../common/request-context';
import { execute, selectRow, selectRows } from '../../database/sql';
import { JobHandler } from '../../jobs/job-handler.decorator';
import { JobQueue } from '../../jobs/job-queue';
import { AuditSettingsService } from '../../settings';
import { AuditStatusRow, CoderNameRow } from '../audit-sql-rows';
import { AuditsService } from '../lifecycle/audits.service';
import { framePopulationByCoder, stratifiedOverall } from './audit-populations';
import { scoreBlock } from './score-block';
import { loadScoredRecords } from './scored-records';
import { CoderMonthRow, ScoreBodyRow } from './score-rows';

export interface ScoreOutcome {
  kind: ScoreKind | null;
  records: number;
}

/**
 * Recomputes an audit's scores from its reviewed records. While anything can still move the score
 * it is stored as the preliminary row; once the audit is final and every finding settled, as the
 * final row. The preliminary row is never deleted, so both stay readable.
 */
@Injectable()
export class AuditScoresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: AuditSettingsService,
    private readonly audits: AuditsService,
    private readonly jobs: JobQueue,
  ) {}

  @JobHandler('audits.score')
  async handle(payload: { auditId: string }): Promise<ScoreOutcome> {
    const outcome = await this.recompute(payload.auditId);
    const coderMonths = await selectRows(
      this.db,
      CoderMonthRow,
      `SELECT DISTINCT coder_id AS "coderId", to_char(date_trunc('month', encounter_date), 'YYYY-MM-DD') AS month
         FROM audit_items WHERE audit_id = $1 AND status <> 'spare'`,
      [payload.auditId],
    );
    if (coderMonths.length) await this.jobs.enqueue('rollups.refresh', { coderMonths });
    return outcome;
  }

  async recompute(auditId: string): Promise<ScoreOutcome> {
    const audit = await selectRow(this.db, AuditStatusRow, 'SELECT status FROM audits WHERE id = $1', [auditId]);
    if (!audit || audit.status === 'draft' || audit.status === 'sampling') return { kind: null, records: 0 };
    const settings = await this.settings.get();
    const records = await loadScoredRecords(this.db, 'i.audit_id = $1', [auditId]);
    // Each coder's sample stands for their records in the frame: intervals use it, and the audit's own
    // figure weights coders by it (a stratified estimate) instead of pooling their samples.
    const populations = await framePopulationByCoder(this.db, auditId);
    const overall = stratifiedOverall(
      scoreBlock(records, settings.scoringWeights, settings.accuracyTarget),
      records,
      settings.scoringWeights,
      populations,
    );
    const coders = await selectRows(
      this.db,
      CoderNameRow,
      'SELECT id, external_id AS "externalId", display_name AS "displayName" FROM coders WHERE id = ANY($1::uuid[])',
      [[...new Set(records.map((r) => r.coderId))]],
    );
    const byId = new Map(coders.map((c) => [c.id, c]));
    const perCoder = scoreRecordsByCoder(records, settings.scoringWeights).map(({ coderId }) => ({
      coderId,
      externalId: byId.get(coderId)?.externalId ?? '',
      displayName: byId.get(coderId)?.displayName ?? '',
      score: scoreBlock(
        records.filter((r) => r.coderId === coderId),
        settings.scoringWeights,
        settings.accuracyTarget,
        populations.get(coderId) ?? null,
      ),
    }));
    const kind: ScoreKind = audit.status === 'final' && !overall.preliminary ? 'final' : 'preliminary';
    const body: AuditScoreDto = {
      kind,
      methodVersion: SCORING_METHOD_VERSION,
      settings: settings.scoringWeights,
      computedAt: new Date().toISOString(),
      overall,
      perCoder,
    };
    await execute(
      this.db,
      `INSERT INTO audit_scores (audit_id, kind, method_version, settings, records_reviewed, codes_reviewed, code_accuracy, record_accuracy, drg_accuracy, body, computed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())
       ON CONFLICT (audit_id, kind) DO UPDATE SET method_version = excluded.method_version, settings = excluded.settings,
         records_reviewed = excluded.records_reviewed, codes_reviewed = excluded.codes_reviewed, code_accuracy = excluded.code_accuracy,
         record_accuracy = excluded.record_accuracy, drg_accuracy = excluded.drg_accuracy, body = excluded.body, computed_at = now()`,
      [
        auditId,
        kind,
        SCORING_METHOD_VERSION,
        settings.scoringWeights,
        overall.recordsReviewed,
        overall.codesReviewed,
        overall.codeAccuracy.estimate,
        overall.recordAccuracy.estimate,
        overall.drgAccuracy.estimate,
        body,
      ],
    );
    return { kind, records: records.length };
  }

  async get(ctx: AuthedContext, auditId: string): Promise<AuditScoresDto> {
    await this.audits.visibleRow(ctx, auditId);
    const rows = await selectRows(this.db, ScoreBodyRow, 'SELECT kind, body FROM audit_scores WHERE audit_id = $1', [
      auditId,
    ]);
    const of = (kind: ScoreKind): AuditScoreDto | null => rows.find((r) => r.kind === kind)?.body ?? null;
    return { auditId, preliminary: of('preliminary'), final: of('final') };
  }
}
