// The settings module's public surface.
export { SettingsModule } from './settings.module';
export * from './audit-settings.service';
