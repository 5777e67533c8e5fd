// The auth module's public surface.
export { AuthModule } from './auth.module';
export { SessionService } from './session.service';
