import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ratStatsExportQuerySchema, type RatStatsExportPart } from '@recode/contracts';
import type { Response } from 'express';
import { Roles } from '../../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../../common/request-context';
import { IdParam, ValidQuery } from '../../common/zod';
import { RatStatsExportService } from './ratstats-export.service';

@ApiTags('audits')
@Controller('audits')
@Roles('admin', 'supervisor', 'auditor')
export class RatStatsExportController {
  constructor(private readonly exporter: RatStatsExportService) {}

  /** ?part=frame|selection (text/csv, streamed) or report (RAT-STATS's layout, text/plain); audit-logged as audit.exported. */
  @Get(':id/ratstats')
  export(
    @AuthCtx() ctx: AuthedContext,
    @IdParam() id: string,
    @ValidQuery(ratStatsExportQuerySchema) query: { part: RatStatsExportPart },
    @Res() res: Response,
  ): Promise<void> {
    return this.exporter.export(ctx, id, query.part, res);
  }
}
