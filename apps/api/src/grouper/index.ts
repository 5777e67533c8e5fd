// The grouper module's public surface.
export { GrouperModule } from './grouper.module';
export { GrouperService } from './grouper.service';
export type { GroupedStay } from './grouper.service';
export type { StayGrouper } from './grouper-tables.cache';
