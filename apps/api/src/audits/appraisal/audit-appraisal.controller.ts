import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { auditAppraisalQuerySchema, type AuditAppraisalDto, type AuditAppraisalQuery } from '@recode/contracts';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator';
import { AuthCtx, type AuthedContext } from '../../common/request-context';
import { IdParam, ValidQuery } from '../../common/zod';
import { toCsv } from '../../exports/csv';
import { AuditAppraisalService } from './audit-appraisal.service';

/** Rows of the CSV: one line per figure, then one per confidence level, as RAT-STATS lays its report out. */
export function appraisalCsv(a: AuditAppraisalDto): string {
  const rows: unknown[][] = [
    ['design', a.design], ['universe_size', a.universeSize], ['sample_size', a.sampleSize], ['sample_overpayment', a.sampleOverpayment],
    ['mean', a.mean], ['std_dev', a.stdDev], ['se_total', a.seTotal], ['point_estimate', a.pointEstimate],
    ['extrapolated_overpayment_one_sided_90_lower_limit', a.extrapolatedOverpayment],
    ...(['80', '90', '95'] as const).map((c) => {
      const l = a.limits[c];
      return [`two_sided_${c}`, l.tValue, l.lower, l.upper, l.precision, l.precisionPercent];
    }),
  ];
  return toCsv(['figure', 'value', 'lower', 'upper', 'precision', 'precision_percent'], rows);
}

@ApiTags('audits')
@Controller('audits')
@Roles('admin', 'supervisor', 'auditor')
export class AuditAppraisalController {
  constructor(private readonly appraisal: AuditAppraisalService) {}

  /** RAT-STATS variable appraisal of the audit's overpayments; ?format=csv for the report as CSV. */
  @Get(':id/appraisal')
  async get(
    @AuthCtx() ctx: AuthedContext,
    @IdParam() id: string,
    @ValidQuery(auditAppraisalQuerySchema) query: AuditAppraisalQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuditAppraisalDto | string> {
    const dto = await this.appraisal.appraise(ctx, id);
    if (query.format === 'json') return dto;
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="audit-${id}-appraisal.csv"`);
    return appraisalCsv(dto);
  }
}
