import { Controller, Get, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { auditAppraisalQuerySchema, type AuditAppraisalDto, type AuditAppraisalQuery } from '@recode/contracts';
import type { Response } from 'express';
import { Roles } from '../../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../../common/request-context';
import { IdParam, ValidQuery } from '../../common/zod';
import { toCsv } from '../../csv-export';
import { renderAppraisalPdf } from './appraisal-pdf';
import { AuditAppraisalService } from './audit-appraisal.service';

/** Rows of the CSV: one line per figure, then one per confidence level, as RAT-STATS lays its report out. */
export function appraisalCsv(a: AuditAppraisalDto): string {
  const rows: unknown[][] = [
    ['design', a.design],
    ['universe_size', a.universeSize],
    ['sample_size', a.sampleSize],
    ['sample_overpayment', a.sampleOverpayment],
    ['mean', a.mean],
    ['std_dev', a.stdDev],
    ['se_total', a.seTotal],
    ['point_estimate', a.pointEstimate],
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

  /** RAT-STATS variable appraisal of the audit's overpayments; ?format=csv or ?format=pdf for the report as CSV or PDF. */
  @Get(':id/appraisal')
  async get(
    @AuthCtx() ctx: AuthedContext,
    @IdParam() id: string,
    @ValidQuery(auditAppraisalQuerySchema) query: AuditAppraisalQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuditAppraisalDto | string | StreamableFile> {
    const { appraisal: dto, name } = await this.appraisal.appraiseNamed(ctx, id);
    if (query.format === 'json') return dto;
    if (query.format === 'pdf') {
      const pdf = await renderAppraisalPdf(dto, name, new Date().toISOString().slice(0, 16).replace('T', ' '));
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', `inline; filename="audit-${id}-appraisal.pdf"`);
      return new StreamableFile(pdf);
    }
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="audit-${id}-appraisal.csv"`);
    return appraisalCsv(dto);
  }
}
