// The credentials module's public surface.
export { CredentialsModule } from './credentials.module';
export { LoginThrottle } from './login-throttle';
export { assertStrongPassword } from './password-policy';
export { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
export { revokeSessionsOf } from './session-revocation';
