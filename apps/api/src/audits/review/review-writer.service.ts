import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuditItemReviewDto,
  ClassifyFindingRequest,
  ClassifyFindingResponse,
  SaveReviewRequest,
} from '@recode/contracts';
import { countCodesReviewed, countPrincipalCodes } from '@recode/domain';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../../audit-log';
import { CodeSetLookup } from '../../code-sets';
import { AppError, notFound } from '../../common/errors';
import type { AuthedContext } from '../../common/request-context';
import { changeRows, execute, selectRow, selectRows } from '../../database/sql';
import { JobQueue } from '../../jobs/job-queue';
import { GrouperService } from '../../grouper';
import { AuditSettingsService } from '../../settings';
import { resolveAuditorDrg } from './auditor-drg';
import { describeDrg } from './code-descriptions';
import { validateAuditorCodes } from './code-validation';
import { IdRow } from '../../database/rows';
import { FINDING_COLUMNS, FindingRow, toFindingDto } from './finding-mappers';
import { keyedFindings, syncFindings } from './finding-sync';
import { assertEditable, assertVersion, loadItemFor } from './item-access';
import { loadCoderCodes, ReviewReaderService } from './review-reader.service';
import { FindingKeyRow } from './review-rows';

/**
 * The auditor's changes. Codes are checked before the transaction (they only read code sets); the
 * item is then locked, its version compared (optimistic locking: a stale version is 409 with the
 * current one) and codes, findings and version written together, so a rejected save leaves nothing behind.
 */
@Injectable()
export class ReviewWriterService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lookup: CodeSetLookup,
    private readonly settings: AuditSettingsService,
    private readonly reader: ReviewReaderService,
    private readonly auditLog: AuditLogService,
    private readonly jobs: JobQueue,
    private readonly grouper: GrouperService,
  ) {}

  async save(
    ctx: AuthedContext,
    auditId: string,
    itemId: string,
    body: SaveReviewRequest,
  ): Promise<AuditItemReviewDto> {
    const peek = await loadItemFor(this.db.manager, ctx.user, auditId, itemId);
    assertEditable(ctx.user, peek);
    const codes = await validateAuditorCodes(this.lookup, peek, body.codes);
    const resolved = await resolveAuditorDrg(this.lookup, this.grouper, peek, codes, body);
    const auditorDrg = resolved.drg;
    const baseRate = await this.settings.baseRateFor(peek.facility);

    const review = await this.db.transaction(async (m) => {
      const item = await loadItemFor(m, ctx.user, auditId, itemId, true);
      assertEditable(ctx.user, item);
      assertVersion(item, body.version);
      const coderCodes = await loadCoderCodes(m, item.versionId);
      const coderDrg = await describeDrg(this.lookup, item.fiscalYear, item.coderDrg);
      const keyed = keyedFindings({ setting: item.setting, coderCodes, auditorCodes: codes, coderDrg, auditorDrg });
      const known = new Set(keyed.map((k) => k.key));
      const strays = body.classifications.map((c, i) => ({ key: c.key, i })).filter(({ key }) => !known.has(key));
      if (strays.length) {
        throw new AppError(
          400,
          'FINDING_KEY_UNKNOWN',
          `No finding of this record has the key ${strays[0]?.key}`,
          strays.map(({ key, i }) => ({
            path: `body.classifications.${i}.key`,
            message: `${key} is not a finding of these codes`,
          })),
        );
      }
      const record = {
        auditId,
        itemId,
        coderId: item.coderId,
        setting: item.setting,
        fiscalYear: item.fiscalYear,
        coderCodes,
        auditorCodes: codes,
        coderDrg,
        auditorDrg,
        baseRate,
        drgSource: resolved.source,
        drgDrivers: resolved.drivers,
        drgOverrideReason: resolved.reason,
      };
      await syncFindings(m, record, keyed, new Map(body.classifications.map((c) => [c.key, c])));
      if (body.complete) {
        const open = await selectRows(
          m,
          FindingKeyRow,
          'SELECT key FROM audit_findings WHERE item_id = $1 AND (root_cause IS NULL OR impact IS NULL OR rationale IS NULL) ORDER BY ordinal',
          [itemId],
        );
        if (open.length) {
          throw new AppError(
            400,
            'FINDING_UNCLASSIFIED',
            `${open.length} finding(s) need a root cause, impact and rationale before the record is complete`,
            open.map((f) => ({
              path: 'body.classifications',
              message: `finding ${f.key} is not classified`,
              key: f.key,
            })),
          );
        }
      }
      await execute(
        m,
        `UPDATE audit_items SET auditor_codes = $2::jsonb, auditor_drg = $3, codes_reviewed = $4, status = $5,
                auditor_drg_source = $6, drg_override_reason = $7, drg_drivers = $8::text[], principal_codes = $9, reviewed_at = CASE WHEN $5 = 'reviewed' THEN now() END, version = version + 1, updated_at = now()
          WHERE id = $1`,
        [
          itemId,
          JSON.stringify(codes),
          auditorDrg?.drg ?? null,
          countCodesReviewed(coderCodes, codes),
          body.complete ? 'reviewed' : 'in_progress',
          resolved.source,
          resolved.reason,
          resolved.drivers,
          countPrincipalCodes(coderCodes, codes),
        ],
      );
      await this.auditLog.record(
        ctx,
        {
          action: 'audit_item.saved',
          entityType: 'audit_item',
          entityId: itemId,
          details: { auditId, version: item.version + 1, findings: keyed.length, complete: body.complete },
        },
        m,
      );
      return this.reader.build(ctx, await loadItemFor(m, ctx.user, auditId, itemId), m);
    });
    await this.jobs.enqueue('audits.score', { auditId });
    return review;
  }

  async classify(
    ctx: AuthedContext,
    auditId: string,
    itemId: string,
    findingId: string,
    body: ClassifyFindingRequest,
  ): Promise<ClassifyFindingResponse> {
    const result = await this.db.transaction(async (m) => {
      const item = await loadItemFor(m, ctx.user, auditId, itemId, true);
      assertEditable(ctx.user, item);
      assertVersion(item, body.version);
      const { rows } = await changeRows(
        m,
        IdRow,
        `UPDATE audit_findings SET root_cause = coalesce($3, root_cause), impact = coalesce($4, impact), direction = coalesce($5, direction),
                rationale = coalesce($6, rationale), reference = CASE WHEN $7::boolean THEN $8::jsonb ELSE reference END, updated_at = now()
          WHERE id = $1 AND item_id = $2 RETURNING id`,
        [
          findingId,
          itemId,
          body.rootCause ?? null,
          body.impact ?? null,
          body.direction ?? null,
          body.rationale ?? null,
          body.reference !== undefined,
          body.reference ? JSON.stringify(body.reference) : null,
        ],
      );
      if (rows.length === 0) throw notFound('AUDIT_FINDING_NOT_FOUND', 'Finding');
      await execute(m, 'UPDATE audit_items SET version = version + 1, updated_at = now() WHERE id = $1', [itemId]);
      const finding = await selectRow(
        m,
        FindingRow,
        `SELECT ${FINDING_COLUMNS} FROM audit_findings f WHERE f.id = $1`,
        [findingId],
      );
      const changed = Object.fromEntries(Object.entries(body).filter(([k, v]) => k !== 'version' && v !== undefined));
      await this.auditLog.record(
        ctx,
        {
          action: 'audit_finding.classified',
          entityType: 'audit_finding',
          entityId: findingId,
          details: { auditId, itemId, ...changed },
        },
        m,
      );
      return { finding: toFindingDto(finding as FindingRow), itemVersion: item.version + 1 };
    });
    await this.jobs.enqueue('audits.score', { auditId });
    return result;
  }
}
