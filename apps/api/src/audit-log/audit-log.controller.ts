import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { auditLogQuerySchema, type AuditLogEntryDto, type AuditLogQuery, type Page } from '@recode/contracts';
import { Roles } from '../common/roles.decorator';
import { ValidQuery } from '../common/zod';
import { AuditLogService } from './audit-log.service';

@ApiTags('audit-log')
@Controller('audit-log')
export class AuditLogController {
  constructor(private readonly auditLog: AuditLogService) {}

  @Get()
  @Roles('admin')
  browse(@ValidQuery(auditLogQuerySchema) query: AuditLogQuery): Promise<Page<AuditLogEntryDto>> {
    return this.auditLog.browse(query);
  }
}
