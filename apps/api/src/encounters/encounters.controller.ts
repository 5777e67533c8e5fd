import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  encounterDetailQuerySchema,
  encounterListQuerySchema,
  type EncounterCoderOptions,
  type EncounterDetailDto,
  type EncounterDetailQuery,
  type EncounterListQuery,
  type EncounterPage,
} from '@recode/contracts';
import { AnyRole } from '../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../common/request-context';
import { IdParam, ValidQuery } from '../common/zod';
import { EncountersService } from './encounters.service';

/** Every role may call these; the service shows each caller only the encounters in their scope. */
@ApiTags('encounters')
@Controller('encounters')
export class EncountersController {
  constructor(private readonly encounters: EncountersService) {}

  @Get()
  @AnyRole()
  list(
    @AuthCtx() ctx: AuthedContext,
    @ValidQuery(encounterListQuerySchema) query: EncounterListQuery,
  ): Promise<EncounterPage> {
    return this.encounters.list(ctx, query);
  }

  /** Declared before ':id' so that "coders" is not read as an encounter id. */
  @Get('coders')
  @AnyRole()
  coders(@AuthCtx() ctx: AuthedContext): Promise<EncounterCoderOptions> {
    return this.encounters.coders(ctx);
  }

  @Get(':id')
  @AnyRole()
  get(
    @AuthCtx() ctx: AuthedContext,
    @IdParam() id: string,
    @ValidQuery(encounterDetailQuerySchema) query: EncounterDetailQuery,
  ): Promise<EncounterDetailDto> {
    return this.encounters.get(ctx, id, query.versionId);
  }
}
