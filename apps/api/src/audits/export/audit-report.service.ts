import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FINDING_CATEGORIES, FINDING_STATUSES, FINDING_TYPES, REFERENCE_KINDS, ROOT_CAUSES } from '@recode/contracts';
import { z } from 'zod';
import { AuditLogService } from '../../audit-log';
import { notFound } from '../../common/errors';
import type { AuthedContext } from '../../common/request-context';
import { selectRow, selectRows } from '../../database/sql';
import { AnyRow } from '../../database/rows';
import { AuditsService } from '../lifecycle/audits.service';
import { AuditScoresService } from '../scores/audit-scores.service';
import { renderReportPdf, type ReportFinding } from './audit-report-pdf';

/** A finding as the printed report lists it. */
const ReportFindingRow = z.object({
  encounter: z.string(),
  coder: z.string(),
  setting: z.string(),
  type: z.enum(FINDING_TYPES),
  category: z.enum(FINDING_CATEGORIES),
  system: z.string(),
  codeBefore: z.string().nullable(),
  codeAfter: z.string().nullable(),
  rootCause: z.enum(ROOT_CAUSES).nullable(),
  rationale: z.string().nullable(),
  referenceKind: z.enum(REFERENCE_KINDS).nullable(),
  citation: z.string().nullable(),
  status: z.enum(FINDING_STATUSES),
}) satisfies z.ZodType<ReportFinding>;

/** The printable report of an audit, or of one coder in it: the same scores and findings the screens read. */
@Injectable()
export class AuditReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsService,
    private readonly scores: AuditScoresService,
    private readonly auditLog: AuditLogService,
  ) {}

  async report(
    ctx: AuthedContext,
    auditId: string,
    coderId: string | undefined,
  ): Promise<{ fileName: string; pdf: Buffer }> {
    const audit = await this.audits.visibleRow(ctx, auditId);
    const { preliminary, final } = await this.scores.get(ctx, auditId);
    const score = final ?? preliminary;
    const coder = coderId ? score?.perCoder.find((c) => c.coderId === coderId) : undefined;
    if (coderId && !coder) {
      const known = await selectRow(
        this.db,
        AnyRow,
        'SELECT 1 FROM audit_items WHERE audit_id = $1 AND coder_id = $2 LIMIT 1',
        [auditId, coderId],
      );
      if (!known) throw notFound('AUDIT_NOT_FOUND', 'Coder in this audit');
    }
    const findings = await selectRows(
      this.db,
      ReportFindingRow,
      `SELECT e.external_id AS encounter, c.external_id AS coder, i.setting, f.type, f.category, f.system, f.code_before AS "codeBefore", f.code_after AS "codeAfter",
              f.root_cause AS "rootCause", f.rationale, f.reference->>'kind' AS "referenceKind", f.reference->>'citation' AS citation, f.status
         FROM audit_findings f JOIN audit_items i ON i.id = f.item_id JOIN encounters e ON e.id = i.encounter_id JOIN coders c ON c.id = i.coder_id
        WHERE f.audit_id = $1 AND ($2::uuid IS NULL OR i.coder_id = $2::uuid) ORDER BY i.draw_order, f.ordinal`,
      [auditId, coderId ?? null],
    );
    const who = coder ? ` - ${coder.displayName} (${coder.externalId})` : '';
    const pdf = await renderReportPdf({
      title: `Audit report: ${audit.name}${who}`,
      subtitle: `Status ${audit.status.replace('_', ' ')}`,
      generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' '),
      score: score ?? null,
      block: coderId ? (coder?.score ?? null) : (score?.overall ?? null),
      findings,
    });
    await this.auditLog.record(ctx, {
      action: 'audit.exported',
      entityType: 'audit',
      entityId: auditId,
      details: { part: 'report', coderId: coderId ?? null },
    });
    const slug = audit.name.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60);
    return { fileName: `audit-${slug}${coder ? `-${coder.externalId}` : ''}-report.pdf`, pdf };
  }
}
