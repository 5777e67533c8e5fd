import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditItemReviewDto, PoaExemptDto, ReviewCodeLineDto } from '@recode/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogService } from '../../audit-log';
import { CodeSetLookup } from '../../code-sets';
import { notFound } from '../../common/errors';
import { selectRow, selectRows } from '../../database/sql';
import { StoredCodeLineRow } from '../audit-sql-rows';
import type { AuthedContext } from '../../common/request-context';
import type { StoredCodeLine } from '../entities/audit-item.entity';
import { AuditsService } from '../lifecycle/audits.service';
import { describeCodes, describeDrg } from './code-descriptions';
import { FINDING_COLUMNS, FindingRow, toFindingDto } from './finding-mappers';
import { loadItemFor, type ItemForReview } from './item-access';
import { diffLines } from './line-diff';
import { VersionExtrasRow } from './review-rows';

export async function loadCoderCodes(m: DataSource | EntityManager, versionId: string): Promise<StoredCodeLine[]> {
  return selectRows(
    m,
    StoredCodeLineRow,
    `SELECT system, code, sequence, principal, poa, modifiers, units FROM encounter_codes WHERE version_id = $1 ORDER BY position`,
    [versionId],
  );
}

/** The review screen's data: both code sets side by side with descriptions of the encounter's year, DRGs and findings. */
@Injectable()
export class ReviewReaderService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lookup: CodeSetLookup,
    private readonly audits: AuditsService,
    private readonly auditLog: AuditLogService,
  ) {}

  /** Every read of a record is in the audit trail (HIPAA: who saw which encounter, when). */
  async get(ctx: AuthedContext, auditId: string, itemId: string): Promise<AuditItemReviewDto> {
    const item = await loadItemFor(this.db.manager, ctx.user, auditId, itemId);
    if (ctx.user.role === 'auditor' && item.status === 'spare') throw notFound('AUDIT_ITEM_NOT_FOUND', 'Audit item');
    const review = await this.build(ctx, item);
    await this.auditLog.record(ctx, {
      action: 'encounter.viewed',
      entityType: 'encounter',
      entityId: review.encounter.encounterId,
      details: { auditId, itemId, versionId: item.versionId },
    });
    return review;
  }

  /** Which ICD-10-CM codes are POA-exempt in the item's fiscal year, so the screen offers "exempt" only there. */
  async poaExempt(
    ctx: AuthedContext,
    auditId: string,
    itemId: string,
    codes: readonly string[],
  ): Promise<PoaExemptDto> {
    const item = await loadItemFor(this.db.manager, ctx.user, auditId, itemId);
    const index = await this.lookup.loadPoaExemptIndex(item.fiscalYear);
    return { fiscalYear: item.fiscalYear, exempt: index ? codes.filter((code) => index.has(code)) : [] };
  }

  async build(
    ctx: AuthedContext,
    item: ItemForReview,
    m: EntityManager = this.db.manager,
  ): Promise<AuditItemReviewDto> {
    const dto = await this.audits.item(item.id, m);
    if (!dto) throw notFound('AUDIT_ITEM_NOT_FOUND', 'Audit item');
    const extra = await selectRow(
      m,
      VersionExtrasRow,
      `SELECT v.payer, v.admission_date::text AS "admissionDate", v.discharge_date::text AS "dischargeDate", v.service_date::text AS "serviceDate",
              v.flags, v.flagged, v.patient_age AS age, v.patient_sex AS sex, v.discharge_status AS status, v.grouper_drg AS "grouperDrg",
              v.grouper_version AS "grouperVersion", v.grouper_return_code AS "grouperReturnCode", v.grouper_message AS "grouperMessage",
              v.grouper_missing AS "grouperMissing", i.auditor_drg_source AS "drgSource", i.drg_override_reason AS "drgOverrideReason"
         FROM encounter_versions v JOIN audit_items i ON i.id = $2 WHERE v.id = $1`,
      [item.versionId, item.id],
    );
    const coderCodes = await loadCoderCodes(m, item.versionId);
    const saved = item.auditorCodes !== null;
    const auditorCodes = item.auditorCodes ?? coderCodes;
    const enc = { setting: item.setting, fiscalYear: item.fiscalYear, encounterDate: item.encounterDate };
    const { descriptions, codeSets } = await describeCodes(this.lookup, m, enc, [...coderCodes, ...auditorCodes]);
    const diff = diffLines(coderCodes, auditorCodes);
    const exempt = await this.lookup.loadPoaExemptIndex(item.fiscalYear);
    const describe = (lines: StoredCodeLine[], marks: ReviewCodeLineDto['diff'][]): ReviewCodeLineDto[] =>
      lines.map((l, i) => ({
        ...l,
        description: descriptions.get(`${l.system}|${l.code}`) ?? null,
        diff: marks[i] ?? 'same',
        poaExempt: l.system === 'ICD10CM' && (exempt?.has(l.code) ?? false),
      }));
    const findings = await selectRows(
      m,
      FindingRow,
      `SELECT ${FINDING_COLUMNS} FROM audit_findings f WHERE f.item_id = $1 ORDER BY f.ordinal`,
      [item.id],
    );
    const coderDrg = await describeDrg(this.lookup, item.fiscalYear, item.coderDrg);
    return {
      item: dto,
      encounter: {
        ...dto.encounter,
        payer: extra?.payer ?? null,
        admissionDate: extra?.admissionDate ?? null,
        dischargeDate: extra?.dischargeDate ?? null,
        serviceDate: extra?.serviceDate ?? null,
      },
      codeSets,
      coderCodes: describe(coderCodes, diff.coder),
      auditorCodes: describe(auditorCodes, diff.auditor),
      auditorCodesSaved: saved,
      coderDrg,
      auditorDrg: saved ? await describeDrg(this.lookup, item.fiscalYear, item.auditorDrg) : coderDrg,
      auditorDrgSource: extra?.drgSource ?? null,
      drgOverrideReason: extra?.drgOverrideReason ?? null,
      grouperInputs: {
        age: extra?.age ?? null,
        sex: extra?.sex ?? null,
        dischargeStatus: extra?.status ? Number(extra.status) : null,
      },
      importGrouper: extra?.grouperReturnCode
        ? {
            drg: extra.grouperDrg,
            version: extra.grouperVersion,
            returnCode: extra.grouperReturnCode,
            message: extra.grouperMessage,
            missing: extra.grouperMissing,
          }
        : null,
      findings: findings.map(toFindingDto),
      importFlags: extra?.flags ?? [],
      flagged: extra?.flagged ?? false,
      auditStatus: item.auditStatus,
      editable:
        ctx.user.role === 'auditor' &&
        item.auditorId === ctx.user.id &&
        item.auditStatus === 'in_review' &&
        ['assigned', 'in_progress', 'reviewed'].includes(item.status),
    };
  }
}
