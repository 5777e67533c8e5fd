import { Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  createPlanRequestSchema,
  planListQuerySchema,
  previewPlanRequestSchema,
  runPlanRequestSchema,
  updatePlanRequestSchema,
  type AuditDto,
  type AuditPlanDto,
  type CreatePlanRequest,
  type PersonRef,
  type PlanListQuery,
  type PlanPreviewDto,
  type PreviewPlanRequest,
  type RunPlanRequest,
  type UpdatePlanRequest,
} from '@recode/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Roles } from '../../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../../common/request-context';
import { IdParam, toJsonSchema, ValidBody, ValidQuery } from '../../common/zod';
import { AuditRunsService } from '../sampling/audit-runs.service';
import { AuditPlansService } from './audit-plans.service';
import { PlanPreviewService } from './plan-preview.service';
import { validatePlanPeople } from './plan-validation';

@ApiTags('audit-plans')
@Controller('audit-plans')
@Roles('admin', 'supervisor')
export class AuditPlansController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: AuditPlansService,
    private readonly preview: PlanPreviewService,
    private readonly runs: AuditRunsService,
  ) {}

  @Get()
  list(@AuthCtx() ctx: AuthedContext, @ValidQuery(planListQuerySchema) query: PlanListQuery): Promise<AuditPlanDto[]> {
    return this.plans.list(ctx, query);
  }

  @Post()
  @ApiBody({ schema: toJsonSchema(createPlanRequestSchema) })
  create(
    @AuthCtx() ctx: AuthedContext,
    @ValidBody(createPlanRequestSchema) body: CreatePlanRequest,
  ): Promise<AuditPlanDto> {
    return this.plans.create(ctx, body);
  }

  /** Preview a plan before saving it: frame size and expected sample per coder. */
  @Post('preview')
  @HttpCode(200)
  @ApiBody({ schema: toJsonSchema(previewPlanRequestSchema) })
  async previewUnsaved(
    @AuthCtx() ctx: AuthedContext,
    @ValidBody(previewPlanRequestSchema) body: PreviewPlanRequest,
  ): Promise<PlanPreviewDto> {
    const teamIds = await validatePlanPeople(this.db.manager, ctx.user, body);
    return this.preview.preview(null, body, teamIds);
  }

  /** Who a plan may restrict assignment to (its auditorIds): every active auditor. Declared before :id. */
  @Get('auditors')
  auditors(): Promise<PersonRef[]> {
    return this.plans.auditors();
  }

  @Get(':id')
  get(@AuthCtx() ctx: AuthedContext, @IdParam() id: string): Promise<AuditPlanDto> {
    return this.plans.get(ctx, id);
  }

  @Put(':id')
  @ApiBody({ schema: toJsonSchema(updatePlanRequestSchema) })
  update(
    @AuthCtx() ctx: AuthedContext,
    @IdParam() id: string,
    @ValidBody(updatePlanRequestSchema) body: UpdatePlanRequest,
  ): Promise<AuditPlanDto> {
    return this.plans.update(ctx, id, body);
  }

  /** Archives: audits keep their plan; its schedule stops. */
  @Delete(':id')
  archive(@AuthCtx() ctx: AuthedContext, @IdParam() id: string): Promise<AuditPlanDto> {
    return this.plans.archive(ctx, id);
  }

  @Post(':id/preview')
  @HttpCode(200)
  async previewSaved(@AuthCtx() ctx: AuthedContext, @IdParam() id: string): Promise<PlanPreviewDto> {
    const plan = await this.plans.get(ctx, id);
    return this.preview.preview(plan.id, plan, plan.teamIds);
  }

  /** Creates the audit and queues its sampling (202): poll GET /api/audits/:id until it is in_review (or back in draft with samplingError). */
  @Post(':id/run')
  @HttpCode(202)
  @ApiBody({ schema: toJsonSchema(runPlanRequestSchema) })
  run(
    @AuthCtx() ctx: AuthedContext,
    @IdParam() id: string,
    @ValidBody(runPlanRequestSchema) body: RunPlanRequest,
  ): Promise<AuditDto> {
    return this.runs.run(ctx, id, body);
  }
}
