// The encounters module's public surface.
export { EncountersModule } from './encounters.module';
export { EncounterVersion } from './encounter-version.entity';
