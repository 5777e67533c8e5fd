// The grouper module's public surface.
export { GrouperModule } from './grouper.module';
