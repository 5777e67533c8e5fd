import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { worklistQuerySchema, type CoderFindingDto, type WorklistItemDto, type WorklistQuery } from '@recode/contracts';
import { Roles } from '../../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../../common/request-context';
import { ValidQuery } from '../../common/zod';
import { WorklistService } from './worklist.service';

@ApiTags('worklist')
@Controller()
export class WorklistController {
  constructor(private readonly worklist: WorklistService) {}

  @Get('worklist')
  @Roles('auditor')
  list(
    @AuthCtx() ctx: AuthedContext,
    @ValidQuery(worklistQuerySchema) query: WorklistQuery,
  ): Promise<WorklistItemDto[]> {
    return this.worklist.worklist(ctx, query);
  }

  /** The signed-in coder's findings of released audits (the disputes work builds on this). */
  @Get('feedback/findings')
  @Roles('coder')
  findings(@AuthCtx() ctx: AuthedContext): Promise<CoderFindingDto[]> {
    return this.worklist.coderFindings(ctx);
  }
}
