import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  createCoderRequestSchema,
  pageQuerySchema,
  updateCoderRequestSchema,
  type CoderDto,
  type CreateCoderRequest,
  type Page,
  type UpdateCoderRequest,
} from '@recode/contracts';
import { z } from 'zod';
import { Roles } from '../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../common/request-context';
import { IdParam, toJsonSchema, ValidBody, ValidQuery } from '../common/zod';
import { CodersService, type CoderListQuery } from './coders.service';

const coderListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  teamId: z.string().uuid().optional(),
});

@ApiTags('coders')
@Controller('coders')
export class CodersController {
  constructor(private readonly coders: CodersService) {}

  @Get()
  @Roles('admin', 'supervisor', 'coder')
  list(
    @AuthCtx() ctx: AuthedContext,
    @ValidQuery(coderListQuerySchema) query: CoderListQuery,
  ): Promise<Page<CoderDto>> {
    return this.coders.list(ctx, query);
  }

  @Get(':id')
  @Roles('admin', 'supervisor', 'coder')
  get(@AuthCtx() ctx: AuthedContext, @IdParam() id: string): Promise<CoderDto> {
    return this.coders.get(ctx, id);
  }

  @Post()
  @Roles('admin')
  @ApiBody({ schema: toJsonSchema(createCoderRequestSchema) })
  create(
    @AuthCtx() ctx: AuthedContext,
    @ValidBody(createCoderRequestSchema) body: CreateCoderRequest,
  ): Promise<CoderDto> {
    return this.coders.create(ctx, body);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiBody({ schema: toJsonSchema(updateCoderRequestSchema) })
  update(
    @AuthCtx() ctx: AuthedContext,
    @IdParam() id: string,
    @ValidBody(updateCoderRequestSchema) body: UpdateCoderRequest,
  ): Promise<CoderDto> {
    return this.coders.update(ctx, id, body);
  }
}
