import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  createUserRequestSchema,
  pageQuerySchema,
  ROLES,
  updateUserRequestSchema,
  type CreateUserRequest,
  type Page,
  type UpdateUserRequest,
  type UserDto,
} from '@recode/contracts';
import { z } from 'zod';
import { Roles } from '../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../common/request-context';
import { IdParam, toJsonSchema, ValidBody, ValidQuery } from '../common/zod';
import { UsersService, type UserListQuery } from './users.service';

const userListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

@ApiTags('users')
@Controller('users')
@Roles('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@ValidQuery(userListQuerySchema) query: UserListQuery): Promise<Page<UserDto>> {
    return this.users.list(query);
  }

  @Get(':id')
  get(@IdParam() id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @Post()
  @ApiBody({ schema: toJsonSchema(createUserRequestSchema) })
  create(@AuthCtx() ctx: AuthedContext, @ValidBody(createUserRequestSchema) body: CreateUserRequest): Promise<UserDto> {
    return this.users.create(ctx, body);
  }

  @Patch(':id')
  @ApiBody({ schema: toJsonSchema(updateUserRequestSchema) })
  update(
    @AuthCtx() ctx: AuthedContext,
    @IdParam() id: string,
    @ValidBody(updateUserRequestSchema) body: UpdateUserRequest,
  ): Promise<UserDto> {
    return this.users.update(ctx, id, body);
  }
}
