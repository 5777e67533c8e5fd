// The dashboard module's public surface.
export { DashboardModule } from './dashboard.module';
export { DashboardService } from './dashboard.service';
