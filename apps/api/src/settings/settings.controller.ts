import { Controller, Get, Patch } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  updateAuditSettingsRequestSchema,
  type AuditSettingsDto,
  type UpdateAuditSettingsRequest,
} from '@recode/contracts';
import { Roles } from '../common/roles.decorator';
import { AuthCtx, type AuthedContext } from '../common/request-context';
import { toJsonSchema, ValidBody } from '../common/zod';
import { AuditSettingsService } from './audit-settings.service';

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: AuditSettingsService) {}

  /** Auditors and supervisors read them too: the review screen shows payments at the base rate. */
  @Get('audit')
  @Roles('admin', 'supervisor', 'auditor')
  get(): Promise<AuditSettingsDto> {
    return this.settings.get();
  }

  @Patch('audit')
  @Roles('admin')
  @ApiBody({ schema: toJsonSchema(updateAuditSettingsRequestSchema) })
  update(
    @AuthCtx() ctx: AuthedContext,
    @ValidBody(updateAuditSettingsRequestSchema) body: UpdateAuditSettingsRequest,
  ): Promise<AuditSettingsDto> {
    return this.settings.update(ctx, body);
  }
}
