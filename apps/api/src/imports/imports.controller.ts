import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  importListQuerySchema,
  type CreateImportResponse,
  type ImportDetailDto,
  type ImportDto,
  type ImportListQuery,
  type Page,
} from '@recode/contracts';
import type { Request, Response } from 'express';
import { Roles } from '../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../common/request-context';
import { IdParam, ValidQuery } from '../common/zod';
import { ErrorReportService } from './error-report/error-report.service';
import { ImportsService } from './imports.service';
import { ImportResumeService } from './recovery/import-resume.service';

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly errorReport: ErrorReportService,
    private readonly resumer: ImportResumeService,
  ) {}

  /**
   * multipart/form-data: `file` (CSV, JSON, 837 or FHIR), optionally `coderMapping` (a second, small file for
   * 837/FHIR), plus the fields of createImportFieldsSchema. Answers 202 at once.
   */
  @Post()
  @HttpCode(202)
  @Roles('admin')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        layout: { type: 'string', enum: ['auto', 'code-lines', 'claim-lines'] },
        source: { type: 'string' },
        defaultCoderExternalId: { type: 'string' },
        coderMapping: {
          type: 'string',
          format: 'binary',
          description:
            '837/FHIR only: CSV (claim_id,coder_id or provider_npi,coder_id) or JSON array of the same; see docs/claim-formats.md',
        },
      },
    },
  })
  create(
    @AuthCtx() ctx: AuthedContext,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CreateImportResponse> {
    return this.imports.create(ctx, req, res);
  }

  @Get()
  @Roles('admin')
  list(@ValidQuery(importListQuerySchema) query: ImportListQuery): Promise<Page<ImportDto>> {
    return this.imports.list(query);
  }

  @Get(':id')
  @Roles('admin')
  get(@IdParam() id: string): Promise<ImportDetailDto> {
    return this.imports.get(id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('admin')
  cancel(@AuthCtx() ctx: AuthedContext, @IdParam() id: string): Promise<ImportDto> {
    return this.imports.cancel(ctx, id);
  }

  /** An import failed for a reason other than its file (internal error, no progress) continues from its checkpoint. */
  @Post(':id/resume')
  @HttpCode(200)
  @Roles('admin')
  async resume(@AuthCtx() ctx: AuthedContext, @IdParam() id: string): Promise<ImportDto> {
    await this.resumer.resume(ctx, id);
    const { errors: _errors, ...dto } = await this.imports.get(id);
    return dto;
  }

  @Get(':id/errors.csv')
  @Roles('admin')
  errors(@AuthCtx() ctx: AuthedContext, @IdParam() id: string, @Res() res: Response): Promise<void> {
    return this.errorReport.stream(ctx, id, res);
  }
}
