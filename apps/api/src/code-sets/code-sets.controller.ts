import { Controller, Get, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  cptUploadRequestSchema,
  type CodeSetDto,
  type CptUploadRequest,
  type CptUploadResponse,
} from '@recode/contracts';
import { Roles } from '../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../common/request-context';
import { ValidBody } from '../common/zod';
import { CodeSetsService, type UploadedCodeSetFile } from './code-sets.service';

@ApiTags('code-sets')
@Controller('code-sets')
export class CodeSetsController {
  constructor(private readonly codeSets: CodeSetsService) {}

  @Get()
  @Roles('admin', 'supervisor', 'auditor')
  list(): Promise<CodeSetDto[]> {
    return this.codeSets.list();
  }

  /** Multipart: `file` (CSV with code and description columns) plus the fields of cptUploadRequestSchema. */
  @Post('cpt')
  @HttpCode(200)
  @Roles('admin')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'version', 'effectiveFrom'],
      properties: {
        file: { type: 'string', format: 'binary' },
        version: { type: 'string', example: 'customer-2026' },
        effectiveFrom: { type: 'string', format: 'date', example: '2026-01-01' },
        effectiveTo: { type: 'string', format: 'date' },
      },
    },
  })
  uploadCpt(
    @AuthCtx() ctx: AuthedContext,
    @UploadedFile() file: UploadedCodeSetFile | undefined,
    @ValidBody(cptUploadRequestSchema) body: CptUploadRequest,
  ): Promise<CptUploadResponse> {
    return this.codeSets.uploadCpt(ctx, file, body);
  }
}
