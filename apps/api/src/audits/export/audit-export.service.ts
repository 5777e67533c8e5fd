import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ExportPart } from '@recode/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthedContext } from '../../common/request-context';
import { ExportRunner, fileStem, cursorBatches } from '../../csv-export';
import { AuditsService } from '../lifecycle/audits.service';
import { AuditScoresService } from '../scores/audit-scores.service';
import { FINDING_COLUMNS, ITEM_COLUMNS, SCORE_COLUMNS, type ScoreRow } from './audit-export-columns';
import { FindingExportRow, firstRowChecked, ItemExportRow } from './export-rows';

const ITEMS_SQL = `SELECT i.id, i.draw_order, i.status, i.stratum, e.external_id AS encounter, i.setting, v.facility, i.encounter_date::text AS encounter_date,
        i.fiscal_year, c.external_id AS coder, c.display_name AS coder_name, t.name AS team_name, i.auditor_id, u.display_name AS auditor, i.due_date::text AS due_date,
        i.codes_reviewed, (SELECT count(*)::int FROM audit_findings f WHERE f.item_id = i.id) AS findings, i.reviewed_at, i.replaces_item_id, i.unreviewable_reason
   FROM audit_items i JOIN encounters e ON e.id = i.encounter_id JOIN encounter_versions v ON v.id = i.encounter_version_id
   JOIN coders c ON c.id = i.coder_id LEFT JOIN teams t ON t.id = c.team_id LEFT JOIN users u ON u.id = i.auditor_id
  WHERE i.audit_id = $1 ORDER BY i.draw_order`;

const FINDINGS_SQL = `SELECT f.item_id, e.external_id AS encounter, c.external_id AS coder, c.display_name AS coder_name, t.name AS team_name, u.display_name AS auditor_name,
        i.setting, f.ordinal, f.type, f.category, f.system, f.code_before, f.code_after, f.principal, f.poa_before, f.poa_after, f.modifiers_before, f.modifiers_after,
        f.root_cause, f.impact, f.direction, f.rationale, f.reference->>'citation' AS reference, f.fiscal_year, f.drg_before, f.drg_after, f.weight_before,
        f.weight_after, f.weight_delta, f.payment_delta, f.base_rate, f.status
   FROM audit_findings f JOIN audit_items i ON i.id = f.item_id JOIN encounters e ON e.id = i.encounter_id JOIN coders c ON c.id = i.coder_id
   LEFT JOIN teams t ON t.id = c.team_id LEFT JOIN users u ON u.id = i.auditor_id
  WHERE f.audit_id = $1 ORDER BY i.draw_order, f.ordinal`;

/** An audit as CSV, one file per part, streamed through the shared writer. Record numbers only: no patient identifier is ever exported. */
@Injectable()
export class AuditExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsService,
    private readonly scores: AuditScoresService,
    private readonly runner: ExportRunner,
  ) {}

  async export(ctx: AuthedContext, auditId: string, part: ExportPart, res: Response): Promise<void> {
    const audit = await this.audits.visibleRow(ctx, auditId);
    const fileName = `audit-${fileStem(audit.name)}-${part}.csv`;
    const common = {
      action: 'audit.exported' as const,
      entityType: 'audit',
      entityId: auditId,
      filters: { part },
      fileName,
    };
    if (part === 'items')
      return this.runner.send(ctx, res, {
        ...common,
        columns: ITEM_COLUMNS,
        batches: firstRowChecked(ItemExportRow, 'audit items export', cursorBatches(this.db, ITEMS_SQL, [auditId])),
      });
    if (part === 'findings')
      return this.runner.send(ctx, res, {
        ...common,
        columns: FINDING_COLUMNS,
        batches: firstRowChecked(
          FindingExportRow,
          'audit findings export',
          cursorBatches(this.db, FINDINGS_SQL, [auditId]),
        ),
      });
    const { preliminary, final } = await this.scores.get(ctx, auditId);
    const rows: ScoreRow[] = [preliminary, final].flatMap((s) =>
      s === null
        ? []
        : [
            {
              kind: s.kind,
              scope: 'audit' as const,
              coder: '',
              coderName: '',
              methodVersion: s.methodVersion,
              s: s.overall,
            },
            ...s.perCoder.map((c) => ({
              kind: s.kind,
              scope: 'coder' as const,
              coder: c.externalId,
              coderName: c.displayName,
              methodVersion: s.methodVersion,
              s: c.score,
            })),
          ],
    );
    return this.runner.send(ctx, res, { ...common, columns: SCORE_COLUMNS, batches: [rows] });
  }
}
