import { Controller, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  classifyFindingRequestSchema,
  markUnreviewableRequestSchema,
  poaExemptQuerySchema,
  reassignItemRequestSchema,
  saveReviewRequestSchema,
  type AuditItemDto,
  type AuditItemReviewDto,
  type ReassignItemRequest,
  type PoaExemptDto,
  type PoaExemptQuery,
  type ClassifyFindingRequest,
  type ClassifyFindingResponse,
  type MarkUnreviewableRequest,
  type MarkUnreviewableResponse,
  type SaveReviewRequest,
} from '@recode/contracts';
import { Roles } from '../../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../../common/request-context';
import { IdParam, toJsonSchema, ValidBody, ValidQuery } from '../../common/zod';
import { ReviewReaderService } from './review-reader.service';
import { ReviewWriterService } from './review-writer.service';
import { ReassignService } from './reassign.service';
import { UnreviewableService } from './unreviewable.service';

@ApiTags('audit-review')
@Controller('audits/:auditId/items/:itemId')
export class ReviewController {
  constructor(
    private readonly reader: ReviewReaderService,
    private readonly writer: ReviewWriterService,
    private readonly unreviewable: UnreviewableService,
    private readonly reassigner: ReassignService,
  ) {}

  @Get()
  @Roles('admin', 'supervisor', 'auditor')
  get(
    @AuthCtx() ctx: AuthedContext,
    @IdParam('auditId') auditId: string,
    @IdParam('itemId') itemId: string,
  ): Promise<AuditItemReviewDto> {
    return this.reader.get(ctx, auditId, itemId);
  }

  @Get('poa-exempt')
  @Roles('admin', 'supervisor', 'auditor')
  poaExempt(
    @AuthCtx() ctx: AuthedContext,
    @IdParam('auditId') auditId: string,
    @IdParam('itemId') itemId: string,
    @ValidQuery(poaExemptQuerySchema) query: PoaExemptQuery,
  ): Promise<PoaExemptDto> {
    return this.reader.poaExempt(ctx, auditId, itemId, query.codes);
  }

  /** The auditor's final codes and DRG (optimistic lock on `version`); findings are re-derived. */
  @Put('review')
  @Roles('auditor')
  @ApiBody({ schema: toJsonSchema(saveReviewRequestSchema) })
  save(
    @AuthCtx() ctx: AuthedContext,
    @IdParam('auditId') auditId: string,
    @IdParam('itemId') itemId: string,
    @ValidBody(saveReviewRequestSchema) body: SaveReviewRequest,
  ): Promise<AuditItemReviewDto> {
    return this.writer.save(ctx, auditId, itemId, body);
  }

  @Patch('findings/:findingId')
  @Roles('auditor')
  @ApiBody({ schema: toJsonSchema(classifyFindingRequestSchema) })
  classify(
    @AuthCtx() ctx: AuthedContext,
    @IdParam('auditId') auditId: string,
    @IdParam('itemId') itemId: string,
    @IdParam('findingId') findingId: string,
    @ValidBody(classifyFindingRequestSchema) body: ClassifyFindingRequest,
  ): Promise<ClassifyFindingResponse> {
    return this.writer.classify(ctx, auditId, itemId, findingId, body);
  }

  @Post('unreviewable')
  @HttpCode(200)
  @Roles('admin', 'supervisor', 'auditor')
  @ApiBody({ schema: toJsonSchema(markUnreviewableRequestSchema) })
  markUnreviewable(
    @AuthCtx() ctx: AuthedContext,
    @IdParam('auditId') auditId: string,
    @IdParam('itemId') itemId: string,
    @ValidBody(markUnreviewableRequestSchema) body: MarkUnreviewableRequest,
  ): Promise<MarkUnreviewableResponse> {
    return this.unreviewable.mark(ctx, auditId, itemId, body);
  }

  @Post('reassign')
  @HttpCode(200)
  @Roles('admin', 'supervisor')
  @ApiBody({ schema: toJsonSchema(reassignItemRequestSchema) })
  reassign(
    @AuthCtx() ctx: AuthedContext,
    @IdParam('auditId') auditId: string,
    @IdParam('itemId') itemId: string,
    @ValidBody(reassignItemRequestSchema) body: ReassignItemRequest,
  ): Promise<AuditItemDto> {
    return this.reassigner.reassign(ctx, auditId, itemId, body);
  }
}
