import { Module } from '@nestjs/common';
import { CsvExportModule } from '../csv-export';
import { DashboardModule } from '../dashboard';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** CSV downloads of every list (docs/exports.md): one writer, streamed from cursors, scoped and audit-logged. */
@Module({
  imports: [DashboardModule, CsvExportModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
