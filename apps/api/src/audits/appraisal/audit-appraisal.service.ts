import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAppraisalDto } from '@recode/contracts';
import {
  stratifiedAppraisal,
  variableAppraisal,
  VOID_STATUSES,
  type ByConfidence,
  type PrecisionLimits,
  type VariableAppraisal,
} from '@recode/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuditLogService } from '../../audit-log';
import { conflict } from '../../common/errors';
import type { AuthedContext } from '../../common/request-context';
import { selectRows } from '../../database/sql';
import { AuditsService } from '../lifecycle/audits.service';
import { isStratified } from '../sampling/plan-definition';

/** A reviewed record's overpayment (the negated sum of its payment differences) and its stratum. */
const ItemValue = z.object({ stratum: z.string().nullable(), overpayment: z.number(), priced: z.boolean() });
type ItemValue = z.infer<typeof ItemValue>;

/** A stratum's universe: the coder's records in the stored frame. */
const StratumSizeRow = z.object({ key: z.string(), n: z.number() });

/** RAT-STATS appraisal of a released audit's payment differences, extrapolated to the audit's frame. */
@Injectable()
export class AuditAppraisalService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsService,
    private readonly auditLog: AuditLogService,
  ) {}

  async appraise(ctx: AuthedContext, auditId: string): Promise<AuditAppraisalDto> {
    return (await this.appraiseNamed(ctx, auditId)).appraisal;
  }

  /** The appraisal and the audit's name (for the PDF's title). */
  async appraiseNamed(ctx: AuthedContext, auditId: string): Promise<{ appraisal: AuditAppraisalDto; name: string }> {
    const audit = await this.audits.visibleRow(ctx, auditId);
    if (audit.status !== 'released' && audit.status !== 'final') {
      throw conflict(
        'AUDIT_NOT_RELEASED',
        `The appraisal is computed once the audit is released; it is ${audit.status}`,
      );
    }
    const items = await selectRows(
      this.db,
      ItemValue,
      `SELECT i.stratum, coalesce(-sum(f.payment_delta) FILTER (WHERE f.status <> ALL($2::text[])), 0)::float8 AS overpayment,
              bool_or(f.payment_delta IS NOT NULL) IS TRUE AS priced
         FROM audit_items i LEFT JOIN audit_findings f ON f.item_id = i.id
        WHERE i.audit_id = $1 AND i.status = 'reviewed'
        GROUP BY i.id, i.stratum`,
      [auditId, VOID_STATUSES],
    );
    if (!items.some((i) => i.priced)) {
      throw conflict(
        'APPRAISAL_NO_PAYMENT_DATA',
        'No reviewed record of this audit has a payment difference to extrapolate (payment needs a DRG and a facility base rate)',
      );
    }
    const frameSize = audit.frameSize ?? 0;
    const stratified = isStratified(audit.plan.method);
    const dto = stratified
      ? await this.stratified(auditId, audit.filteredOutCount ?? 0, items)
      : this.unrestricted(frameSize, items);
    await this.auditLog.record(ctx, {
      action: 'audit.appraised',
      entityType: 'audit',
      entityId: auditId,
      details: { design: dto.design, pointEstimate: dto.pointEstimate },
    });
    return { appraisal: { auditId, ...dto }, name: audit.name };
  }

  private unrestricted(frameSize: number, items: ItemValue[]): Omit<AuditAppraisalDto, 'auditId'> {
    const values = items.map((i) => i.overpayment);
    const a = variableAppraisal({ N: frameSize, values });
    return {
      design: 'unrestricted',
      universeSize: frameSize,
      sampleSize: values.length,
      ...common(a, values),
      strata: [],
    };
  }

  /** Per-coder strata: each stratum's universe is its part of the stored frame (scope minus exclusions). */
  private async stratified(
    auditId: string,
    filteredOut: number,
    items: ItemValue[],
  ): Promise<Omit<AuditAppraisalDto, 'auditId'>> {
    if (filteredOut > 0) {
      throw conflict(
        'APPRAISAL_FRAME_UNKNOWN',
        'The per-stratum universe sizes of a stratified audit drawn with targeting rules are not stored, so it cannot be appraised',
      );
    }
    const sizes = await selectRows(
      this.db,
      StratumSizeRow,
      `SELECT v.coder_id::text AS key, count(*)::int AS n
         FROM audit_frames af CROSS JOIN LATERAL unnest(af.scope_version_ids) AS s(id) JOIN encounter_versions v ON v.id = s.id
        WHERE af.audit_id = $1 AND NOT (s.id = ANY(af.excluded_version_ids))
        GROUP BY v.coder_id ORDER BY 1`,
      [auditId],
    );
    const byKey = new Map<string, number[]>();
    for (const item of items)
      byKey.set(item.stratum ?? '', [...(byKey.get(item.stratum ?? '') ?? []), item.overpayment]);
    const strata = sizes
      .filter((s) => byKey.has(s.key))
      .map((s) => ({ key: s.key, N: s.n, values: byKey.get(s.key) ?? [] }));
    const a = stratifiedAppraisal({ strata });
    const values = strata.flatMap((s) => s.values);
    return {
      design: 'stratified',
      universeSize: strata.reduce((sum, s) => sum + s.N, 0),
      sampleSize: values.length,
      ...common(a.overall, values),
      strata: strata.map((s, h) => ({
        key: s.key,
        universeSize: s.N,
        sampleSize: s.values.length,
        pointEstimate: a.strata[h]?.point_estimate ?? 0,
        seTotal: a.strata[h]?.se_total ?? 0,
      })),
    };
  }
}

function common(a: VariableAppraisal, values: number[]) {
  const limit = (l: PrecisionLimits) => ({
    tValue: l.t_value,
    precision: l.precision,
    lower: l.lower,
    upper: l.upper,
    precisionPercent: l.precision_percent,
  });
  const limits: ByConfidence<PrecisionLimits> = a.limits;
  return {
    sampleOverpayment: Math.round(values.reduce((sum, v) => sum + v, 0) * 100) / 100,
    mean: a.mean,
    stdDev: a.std_dev,
    seTotal: a.se_total,
    pointEstimate: a.point_estimate,
    limits: { 80: limit(limits[80]), 90: limit(limits[90]), 95: limit(limits[95]) },
    extrapolatedOverpayment: a.one_sided_90_lower_limit,
  };
}
