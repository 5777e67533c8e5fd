import { Module } from '@nestjs/common';
import { AuditLogModule } from '../audit-log';
import { ExportRunner } from './export-runner.service';

/**
 * The CSV machinery every download shares: one formula-safe writer, cursor batches and the runner that
 * streams and audit-logs. The list exports (exports/), the audit parts (audits/) and the import error
 * report (imports/) use it; it depends on the audit log only, so no module cycle runs through it.
 */
@Module({
  imports: [AuditLogModule],
  providers: [ExportRunner],
  exports: [ExportRunner],
})
export class CsvExportModule {}
