import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ExportPart, ScoreBlockDto } from '@recode/contracts';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../../audit-log';
import type { AuthedContext } from '../../common/request-context';
import { AuditsService } from '../lifecycle/audits.service';
import { AuditScoresService } from '../scores/audit-scores.service';
import { toCsv } from './csv';

const ITEM_HEADER = ['item_id', 'draw_order', 'status', 'stratum', 'encounter', 'setting', 'facility', 'encounter_date', 'fiscal_year', 'coder', 'coder_name', 'auditor', 'due_date', 'codes_reviewed', 'findings', 'reviewed_at', 'replaces_item_id', 'unreviewable_reason'];
const FINDING_HEADER = ['item_id', 'encounter', 'coder', 'ordinal', 'type', 'category', 'system', 'code_before', 'code_after', 'principal', 'poa_before', 'poa_after', 'modifiers_before', 'modifiers_after', 'root_cause', 'impact', 'direction', 'rationale', 'reference', 'fiscal_year', 'drg_before', 'drg_after', 'weight_before', 'weight_after', 'weight_delta', 'payment_delta', 'base_rate', 'status'];
const SCORE_HEADER = ['kind', 'scope', 'coder', 'method_version', 'records', 'codes', 'code_accuracy', 'code_lower', 'code_upper', 'record_accuracy', 'record_lower', 'record_upper', 'inpatient_records', 'drg_accuracy', 'drg_lower', 'drg_upper', 'weighted_errors', 'records_with_error', 'overpayment', 'overpayment_weight', 'underpayment', 'underpayment_weight', 'preliminary'];

function scoreRow(kind: string, scope: string, coder: string, methodVersion: string, s: ScoreBlockDto): unknown[] {
  return [kind, scope, coder, methodVersion, s.recordsReviewed, s.codesReviewed, s.codeAccuracy.estimate, s.codeAccuracy.lower, s.codeAccuracy.upper,
    s.recordAccuracy.estimate, s.recordAccuracy.lower, s.recordAccuracy.upper, s.inpatientRecordsReviewed, s.drgAccuracy.estimate, s.drgAccuracy.lower,
    s.drgAccuracy.upper, s.weightedErrors, s.recordsWithError, s.overpayment.amount, s.overpayment.weight, s.underpayment.amount, s.underpayment.weight, s.preliminary];
}

/** An audit as CSV, one file per part. Record numbers only: no patient identifier is ever exported. */
@Injectable()
export class AuditExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsService,
    private readonly scores: AuditScoresService,
    private readonly auditLog: AuditLogService,
  ) {}

  async export(ctx: AuthedContext, auditId: string, part: ExportPart): Promise<{ fileName: string; csv: string }> {
    const audit = await this.audits.visibleRow(ctx, auditId);
    const csv = part === 'items' ? await this.items(auditId) : part === 'findings' ? await this.findings(auditId) : await this.scoreCsv(ctx, auditId);
    await this.auditLog.record(ctx, { action: 'audit.exported', entityType: 'audit', entityId: auditId, details: { part } });
    return { fileName: `audit-${audit.name.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60)}-${part}.csv`, csv };
  }

  private async items(auditId: string): Promise<string> {
    // Unique aliases: the row object's key order is the CSV's column order.
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT i.id, i.draw_order, i.status, i.stratum, e.external_id AS encounter, i.setting, v.facility, i.encounter_date::text AS encounter_date,
              i.fiscal_year, c.external_id AS coder, c.display_name AS coder_name, u.display_name AS auditor, i.due_date::text AS due_date,
              i.codes_reviewed, (SELECT count(*)::int FROM audit_findings f WHERE f.item_id = i.id) AS findings, i.reviewed_at,
              i.replaces_item_id, i.unreviewable_reason
         FROM audit_items i JOIN encounters e ON e.id = i.encounter_id JOIN encounter_versions v ON v.id = i.encounter_version_id
         JOIN coders c ON c.id = i.coder_id LEFT JOIN users u ON u.id = i.auditor_id
        WHERE i.audit_id = $1 ORDER BY i.draw_order`,
      [auditId],
    );
    return toCsv(ITEM_HEADER, rows.map((r) => Object.values(r).map((v) => (v instanceof Date ? v.toISOString() : v))));
  }

  private async findings(auditId: string): Promise<string> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT f.item_id, e.external_id, c.external_id AS coder, f.ordinal, f.type, f.category, f.system, f.code_before, f.code_after, f.principal,
              f.poa_before, f.poa_after, f.modifiers_before, f.modifiers_after, f.root_cause, f.impact, f.direction, f.rationale,
              f.reference->>'citation' AS reference, f.fiscal_year, f.drg_before, f.drg_after, f.weight_before, f.weight_after, f.weight_delta,
              f.payment_delta, f.base_rate, f.status
         FROM audit_findings f JOIN audit_items i ON i.id = f.item_id JOIN encounters e ON e.id = i.encounter_id JOIN coders c ON c.id = i.coder_id
        WHERE f.audit_id = $1 ORDER BY i.draw_order, f.ordinal`,
      [auditId],
    );
    return toCsv(FINDING_HEADER, rows.map((r) => Object.values(r)));
  }

  private async scoreCsv(ctx: AuthedContext, auditId: string): Promise<string> {
    const { preliminary, final } = await this.scores.get(ctx, auditId);
    const rows = [preliminary, final].flatMap((s) =>
      s === null ? [] : [scoreRow(s.kind, 'audit', '', s.methodVersion, s.overall), ...s.perCoder.map((c) => scoreRow(s.kind, 'coder', c.externalId, s.methodVersion, c.score))],
    );
    return toCsv(SCORE_HEADER, rows);
  }
}
