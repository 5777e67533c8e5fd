import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  createTeamRequestSchema,
  updateTeamRequestSchema,
  type CreateTeamRequest,
  type TeamDto,
  type UpdateTeamRequest,
} from '@recode/contracts';
import { Roles } from '../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../common/request-context';
import { IdParam, toJsonSchema, ValidBody } from '../common/zod';
import { TeamsService } from './teams.service';

@ApiTags('teams')
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get()
  @Roles('admin', 'supervisor')
  list(@AuthCtx() ctx: AuthedContext): Promise<TeamDto[]> {
    return this.teams.list(ctx);
  }

  @Get(':id')
  @Roles('admin', 'supervisor')
  get(@AuthCtx() ctx: AuthedContext, @IdParam() id: string): Promise<TeamDto> {
    return this.teams.get(ctx, id);
  }

  @Post()
  @Roles('admin')
  @ApiBody({ schema: toJsonSchema(createTeamRequestSchema) })
  create(@AuthCtx() ctx: AuthedContext, @ValidBody(createTeamRequestSchema) body: CreateTeamRequest): Promise<TeamDto> {
    return this.teams.create(ctx, body);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiBody({ schema: toJsonSchema(updateTeamRequestSchema) })
  update(
    @AuthCtx() ctx: AuthedContext,
    @IdParam() id: string,
    @ValidBody(updateTeamRequestSchema) body: UpdateTeamRequest,
  ): Promise<TeamDto> {
    return this.teams.update(ctx, id, body);
  }
}
