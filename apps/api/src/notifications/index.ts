// The notifications module's public surface.
export { NotificationsModule } from './notifications.module';
export * from './notifications.service';
