import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  auditLogQuerySchema,
  dashboardQuerySchema,
  disputeListQuerySchema,
  encounterListQuerySchema,
  rulingsQuerySchema,
  type AuditLogQuery,
  type DashboardQuery,
  type DisputeListQuery,
  type EncounterListQuery,
  type RulingsQuery,
} from '@recode/contracts';
import type { Response } from 'express';
import { AnyRole, Roles } from '../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../common/request-context';
import { ValidQuery } from '../common/zod';
import { dashboardTableSchema, type DashboardTable } from './dashboard-export';
import { ExportsService } from './exports.service';

/**
 * CSV downloads of the lists: each takes the list endpoint's own query parameters and applies the
 * caller's scope exactly as the list does (paging keys are ignored: the file holds every matching row).
 */
@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('encounters.csv')
  @AnyRole()
  encounters(
    @AuthCtx() ctx: AuthedContext,
    @ValidQuery(encounterListQuerySchema) query: EncounterListQuery,
    @Res() res: Response,
  ): Promise<void> {
    return this.exports.encounters(ctx, query, res);
  }

  @Get('disputes.csv')
  @Roles('admin', 'supervisor', 'auditor', 'coder')
  disputes(
    @AuthCtx() ctx: AuthedContext,
    @ValidQuery(disputeListQuerySchema) query: DisputeListQuery,
    @Res() res: Response,
  ): Promise<void> {
    return this.exports.disputes(ctx, query, res);
  }

  @Get('rulings.csv')
  @Roles('admin', 'supervisor', 'auditor')
  rulings(
    @AuthCtx() ctx: AuthedContext,
    @ValidQuery(rulingsQuerySchema) query: RulingsQuery,
    @Res() res: Response,
  ): Promise<void> {
    return this.exports.rulings(ctx, query, res);
  }

  /** ?table=coders|teams|trend|auditors|pareto plus the dashboard's own filters. */
  @Get('dashboard.csv')
  @Roles('admin', 'supervisor')
  dashboard(
    @AuthCtx() ctx: AuthedContext,
    @ValidQuery(dashboardQuerySchema) query: DashboardQuery,
    @ValidQuery(dashboardTableSchema) pick: { table: DashboardTable },
    @Res() res: Response,
  ): Promise<void> {
    return this.exports.dashboard(ctx, query, pick.table, res);
  }

  @Get('audit-log.csv')
  @Roles('admin')
  auditLog(
    @AuthCtx() ctx: AuthedContext,
    @ValidQuery(auditLogQuerySchema) query: AuditLogQuery,
    @Res() res: Response,
  ): Promise<void> {
    return this.exports.auditLog(ctx, query, res);
  }
}
