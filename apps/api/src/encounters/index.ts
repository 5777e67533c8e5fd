// The encounters module's public surface.
export { EncountersModule } from './encounters.module';
export { EncounterVersion } from './encounter-version.entity';
export { encounterSort, filteredEncounters } from './encounter-list';
