// The disputes module's public surface.
export { DisputesModule } from './disputes.module';
