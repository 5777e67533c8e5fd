import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings';
import { CoderDrillDownService } from './coder-drill-down.service';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

/** The supervisor dashboard: reads score rollups (kept current by the audits' rollups job) and live dispute counts. */
@Module({
  imports: [SettingsModule],
  controllers: [DashboardController],
  providers: [DashboardService, CoderDrillDownService],
  exports: [DashboardService],
})
export class DashboardModule {}
