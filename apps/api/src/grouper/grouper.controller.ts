import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { regroupRequestSchema, type RegroupRequest, type RegroupResponse } from '@recode/contracts';
import { Roles } from '../common/roles.decorator';
import { ValidBody } from '../common/zod';
import { GrouperService } from './grouper.service';

@ApiTags('grouper')
@Controller('grouper')
export class GrouperController {
  constructor(private readonly grouper: GrouperService) {}

  /**
   * Groups the codes in the body (the auditor's, as they edit) and prices the change against the billed DRG.
   * Nothing is read from or written to an encounter, so there is no PHI access to log.
   */
  @Post('regroup')
  @HttpCode(200)
  @Roles('admin', 'supervisor', 'auditor')
  regroup(@ValidBody(regroupRequestSchema) body: RegroupRequest): Promise<RegroupResponse> {
    return this.grouper.regroup(body);
  }
}
