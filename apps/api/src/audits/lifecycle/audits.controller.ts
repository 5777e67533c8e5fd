import { Controller, Get, Header, HttpCode, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  auditItemListQuerySchema,
  auditListQuerySchema,
  auditReportQuerySchema,
  auditTransitionRequestSchema,
  exportPartSchema,
  type AuditReportQuery,
  type AuditDto,
  type AuditItemDto,
  type AuditItemListQuery,
  type AuditListQuery,
  type AuditScoresDto,
  type AuditSummaryDto,
  type AuditTransitionRequest,
  type Page,
} from '@recode/contracts';
import type { Response } from 'express';
import { Roles } from '../../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../../common/request-context';
import { IdParam, toJsonSchema, ValidBody, ValidQuery } from '../../common/zod';
import { AuditExportService } from '../export/audit-export.service';
import { AuditReportService } from '../export/audit-report.service';
import { AuditScoresService } from '../scores/audit-scores.service';
import { AuditTransitionsService } from './audit-transitions.service';
import { AuditsService } from './audits.service';

@ApiTags('audits')
@Controller('audits')
@Roles('admin', 'supervisor', 'auditor')
export class AuditsController {
  constructor(
    private readonly audits: AuditsService,
    private readonly transitions: AuditTransitionsService,
    private readonly scores: AuditScoresService,
    private readonly exporter: AuditExportService,
    private readonly reporter: AuditReportService,
  ) {}

  @Get()
  list(
    @AuthCtx() ctx: AuthedContext,
    @ValidQuery(auditListQuerySchema) query: AuditListQuery,
  ): Promise<Page<AuditSummaryDto>> {
    return this.audits.list(ctx, query);
  }

  @Get(':id')
  get(@AuthCtx() ctx: AuthedContext, @IdParam() id: string): Promise<AuditDto> {
    return this.audits.get(ctx, id);
  }

  @Get(':id/items')
  items(
    @AuthCtx() ctx: AuthedContext,
    @IdParam() id: string,
    @ValidQuery(auditItemListQuerySchema) query: AuditItemListQuery,
  ): Promise<AuditItemDto[]> {
    return this.audits.items(ctx, id, query);
  }

  /**
   * sampling (from draft: start or retry), released (from in_review), final (from released); anything
   * else is 409. An auditor of the audit may only release it.
   */
  @Post(':id/transitions')
  @HttpCode(200)
  @Roles('admin', 'supervisor', 'auditor')
  @ApiBody({ schema: toJsonSchema(auditTransitionRequestSchema) })
  transition(
    @AuthCtx() ctx: AuthedContext,
    @IdParam() id: string,
    @ValidBody(auditTransitionRequestSchema) body: AuditTransitionRequest,
  ): Promise<AuditDto> {
    return this.transitions.request(ctx, id, body.to);
  }

  @Get(':id/scores')
  scoresOf(@AuthCtx() ctx: AuthedContext, @IdParam() id: string): Promise<AuditScoresDto> {
    return this.scores.get(ctx, id);
  }

  /** ?part=items|findings|scores (default findings), as text/csv, streamed. */
  @Get(':id/export')
  @Roles('admin', 'supervisor')
  export(
    @AuthCtx() ctx: AuthedContext,
    @IdParam() id: string,
    @ValidQuery(exportPartSchema) query: { part: 'items' | 'findings' | 'scores' },
    @Res() res: Response,
  ): Promise<void> {
    return this.exporter.export(ctx, id, query.part, res);
  }

  /** The printable report (PDF): scores with their intervals, findings with rationale and references. */
  @Get(':id/report')
  @Roles('admin', 'supervisor')
  @Header('content-type', 'application/pdf')
  async report(
    @AuthCtx() ctx: AuthedContext,
    @IdParam() id: string,
    @ValidQuery(auditReportQuerySchema) query: AuditReportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { fileName, pdf } = await this.reporter.report(ctx, id, query.coderId);
    res.setHeader('content-disposition', `inline; filename="${fileName}"`);
    return new StreamableFile(pdf);
  }
}
