// The imports module's public surface.
export { ImportsModule } from './imports.module';
export { Import } from './import.entity';
