import { Module } from '@nestjs/common';
import { DashboardModule } from '../dashboard';
import { ExportRunner } from './export-runner.service';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** CSV downloads of every list (docs/exports.md): one writer, streamed from cursors, scoped and audit-logged. */
@Module({
  imports: [DashboardModule],
  controllers: [ExportsController],
  providers: [ExportsService, ExportRunner],
  exports: [ExportRunner],
})
export class ExportsModule {}
