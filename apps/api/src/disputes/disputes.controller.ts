import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  disputeListQuerySchema,
  disputeStepRequestSchema,
  rulingsQuerySchema,
  type DisputeFindingDto,
  type DisputeHistoryDto,
  type DisputeListQuery,
  type DisputeStepRequest,
  type FeedbackSummaryDto,
  type Page,
  type RulingDto,
  type RulingsQuery,
} from '@recode/contracts';
import { Roles } from '../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../common/request-context';
import { IdParam, toJsonSchema, ValidBody, ValidQuery } from '../common/zod';
import { DisputeStepsService } from './dispute-steps.service';
import { DisputesReaderService } from './disputes-reader.service';
import { FeedbackService } from './feedback.service';
import { RulingsService } from './rulings.service';

@ApiTags('disputes')
@Controller()
export class DisputesController {
  constructor(
    private readonly reader: DisputesReaderService,
    private readonly steps: DisputeStepsService,
    private readonly rulings: RulingsService,
    private readonly feedback: FeedbackService,
  ) {}

  @Get('disputes')
  @Roles('admin', 'supervisor', 'auditor', 'coder')
  list(
    @AuthCtx() ctx: AuthedContext,
    @ValidQuery(disputeListQuerySchema) query: DisputeListQuery,
  ): Promise<DisputeFindingDto[]> {
    return this.reader.list(ctx, query);
  }

  @Get('findings/:id/dispute')
  @Roles('admin', 'supervisor', 'auditor', 'coder')
  history(@AuthCtx() ctx: AuthedContext, @IdParam() id: string): Promise<DisputeHistoryDto> {
    return this.reader.history(ctx, id);
  }

  /** agree | dispute (coder), withdraw | uphold (auditor), escalate (coder, once), uphold | overturn (reviewer). */
  @Post('findings/:id/dispute-steps')
  @HttpCode(200)
  @Roles('admin', 'supervisor', 'auditor', 'coder')
  @ApiBody({ schema: toJsonSchema(disputeStepRequestSchema) })
  step(
    @AuthCtx() ctx: AuthedContext,
    @IdParam() id: string,
    @ValidBody(disputeStepRequestSchema) body: DisputeStepRequest,
  ): Promise<DisputeHistoryDto> {
    return this.steps.step(ctx, id, body);
  }

  @Get('rulings')
  @Roles('admin', 'supervisor', 'auditor')
  search(@ValidQuery(rulingsQuerySchema) query: RulingsQuery): Promise<Page<RulingDto>> {
    return this.rulings.search(query);
  }

  @Get('feedback/summary')
  @Roles('coder')
  summary(@AuthCtx() ctx: AuthedContext): Promise<FeedbackSummaryDto> {
    return this.feedback.summary(ctx);
  }
}
