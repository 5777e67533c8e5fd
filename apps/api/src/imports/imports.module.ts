import { Module } from '@nestjs/common';
import { CodeSetsModule } from '../code-sets';
import { CsvExportModule } from '../csv-export';
import { GrouperModule } from '../grouper';
import { ErrorReportService } from './error-report/error-report.service';
import { ImportJobHandler } from './import-job.handler';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { ImportReconciler } from './recovery/import-reconciler';
import { ImportResumeService } from './recovery/import-resume.service';
import { ImportRunner } from './runner/import-runner';
import { importRunnerProvider } from './runner/import-runner.provider';
import { UploadReceiver } from './upload/upload-receiver';

@Module({
  imports: [CodeSetsModule, GrouperModule, CsvExportModule],
  controllers: [ImportsController],
  providers: [
    ImportsService,
    ErrorReportService,
    UploadReceiver,
    ImportJobHandler,
    importRunnerProvider,
    ImportReconciler,
    ImportResumeService,
  ],
  exports: [ImportRunner, ImportReconciler],
})
export class ImportsModule {}
