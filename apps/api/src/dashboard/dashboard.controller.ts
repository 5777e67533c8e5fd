import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  coderDrillDownQuerySchema,
  dashboardQuerySchema,
  type CoderDrillDownDto,
  type CoderDrillDownQuery,
  type DashboardDto,
  type DashboardQuery,
  type DrgDashboardDto,
} from '@recode/contracts';
import { Roles } from '../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../common/request-context';
import { IdParam, ValidQuery } from '../common/zod';
import { CoderDrillDownService } from './coder-drill-down.service';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller('dashboard')
@Roles('admin', 'supervisor')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly drillDown: CoderDrillDownService,
  ) {}

  @Get()
  get(@AuthCtx() ctx: AuthedContext, @ValidQuery(dashboardQuerySchema) query: DashboardQuery): Promise<DashboardDto> {
    return this.dashboard.get(ctx, query);
  }

  /** MS-DRG accuracy per coder and team, DRG-change dollars (over/under apart) and the most frequent shifts. */
  @Get('drg')
  drg(
    @AuthCtx() ctx: AuthedContext,
    @ValidQuery(dashboardQuerySchema) query: DashboardQuery,
  ): Promise<DrgDashboardDto> {
    return this.dashboard.drg(ctx, query);
  }

  @Get('coders/:coderId/drg')
  coderDrg(
    @AuthCtx() ctx: AuthedContext,
    @IdParam('coderId') coderId: string,
    @ValidQuery(coderDrillDownQuerySchema) query: CoderDrillDownQuery,
  ): Promise<DrgDashboardDto> {
    return this.drillDown.drg(ctx, coderId, query);
  }

  @Get('coders/:coderId')
  coder(
    @AuthCtx() ctx: AuthedContext,
    @IdParam('coderId') coderId: string,
    @ValidQuery(coderDrillDownQuerySchema) query: CoderDrillDownQuery,
  ): Promise<CoderDrillDownDto> {
    return this.drillDown.get(ctx, coderId, query);
  }
}
