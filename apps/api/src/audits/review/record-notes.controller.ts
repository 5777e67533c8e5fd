import { Controller, Get, Put } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { saveRecordNotesRequestSchema, type RecordNotesDto, type SaveRecordNotesRequest } from '@recode/contracts';
import { Roles } from '../../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../../common/request-context';
import { IdParam, toJsonSchema, ValidBody } from '../../common/zod';
import { RecordNotesService } from './record-notes.service';

/** A record's notes and documentation link; coders have no route here (see RecordNotesDto). */
@ApiTags('audit-review')
@Controller('audits/:auditId/items/:itemId/notes')
export class RecordNotesController {
  constructor(private readonly notes: RecordNotesService) {}

  @Get()
  @Roles('admin', 'supervisor', 'auditor')
  get(
    @AuthCtx() ctx: AuthedContext,
    @IdParam('auditId') auditId: string,
    @IdParam('itemId') itemId: string,
  ): Promise<RecordNotesDto> {
    return this.notes.get(ctx, auditId, itemId);
  }

  @Put()
  @Roles('auditor')
  @ApiBody({ schema: toJsonSchema(saveRecordNotesRequestSchema) })
  save(
    @AuthCtx() ctx: AuthedContext,
    @IdParam('auditId') auditId: string,
    @IdParam('itemId') itemId: string,
    @ValidBody(saveRecordNotesRequestSchema) body: SaveRecordNotesRequest,
  ): Promise<RecordNotesDto> {
    return this.notes.save(ctx, auditId, itemId, body);
  }
}
