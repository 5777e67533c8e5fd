import { Module } from '@nestjs/common';
import { CodeSetsModule } from '../code-sets';
import { CsvExportModule } from '../csv-export';
import { GrouperModule } from '../grouper';
import { NotificationsModule } from '../notifications';
import { SettingsModule } from '../settings';
import { AuditAppraisalController } from './appraisal/audit-appraisal.controller';
import { AuditAppraisalService } from './appraisal/audit-appraisal.service';
import { RatStatsController } from './appraisal/ratstats.controller';
import { RatStatsExportController } from './export/ratstats-export.controller';
import { RatStatsExportService } from './export/ratstats-export.service';
import { AuditExportService } from './export/audit-export.service';
import { AuditReportService } from './export/audit-report.service';
import { AuditTransitionsService } from './lifecycle/audit-transitions.service';
import { AuditsController } from './lifecycle/audits.controller';
import { AuditsService } from './lifecycle/audits.service';
import { AuditPlansController } from './plans/audit-plans.controller';
import { AuditPlansService } from './plans/audit-plans.service';
import { PlanPreviewService } from './plans/plan-preview.service';
import { RecordNotesController } from './review/record-notes.controller';
import { RecordNotesService } from './review/record-notes.service';
import { ReviewController } from './review/review.controller';
import { ReviewReaderService } from './review/review-reader.service';
import { ReviewWriterService } from './review/review-writer.service';
import { ReassignService } from './review/reassign.service';
import { UnreviewableService } from './review/unreviewable.service';
import { WorklistController } from './review/worklist.controller';
import { WorklistService } from './review/worklist.service';
import { AuditRunsService } from './sampling/audit-runs.service';
import { SamplingService } from './sampling/sampling.service';
import { AuditScoresService } from './scores/audit-scores.service';
import { RollupsService } from './scores/rollups.service';
import { AuditWorkReconciler } from './recovery/audit-work-reconciler';

/** Plans, sampling, review, findings, scores and the audit lifecycle; its jobs run in the worker from the same providers. */
@Module({
  imports: [CodeSetsModule, NotificationsModule, SettingsModule, GrouperModule, CsvExportModule],
  controllers: [
    AuditPlansController,
    AuditsController,
    ReviewController,
    RecordNotesController,
    WorklistController,
    AuditAppraisalController,
    RatStatsController,
    RatStatsExportController,
  ],
  providers: [
    AuditPlansService,
    PlanPreviewService,
    AuditRunsService,
    SamplingService,
    AuditsService,
    AuditTransitionsService,
    ReviewReaderService,
    ReviewWriterService,
    UnreviewableService,
    ReassignService,
    WorklistService,
    AuditScoresService,
    RollupsService,
    AuditExportService,
    AuditAppraisalService,
    AuditReportService,
    RatStatsExportService,
    AuditWorkReconciler,
    RecordNotesService,
  ],
  exports: [AuditScoresService, RollupsService, SamplingService, AuditWorkReconciler],
})
export class AuditsModule {}
