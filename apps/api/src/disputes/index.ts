// The disputes module's public surface.
export { DisputesModule } from './disputes.module';
export { allowedActionsFor, coderDeadlineOf, disputeRowsSql, DisputeRow } from './dispute-rows';
export { disputeListWhere } from './disputes-reader.service';
export { rulingsFilter } from './rulings.service';
