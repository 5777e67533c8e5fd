// The audit log's public surface: other API modules record through the service, never the entity.
export { AuditLogModule } from './audit-log.module';
export { AuditLogService } from './audit-log.service';
export { auditLogFilter } from './audit-log.service';
