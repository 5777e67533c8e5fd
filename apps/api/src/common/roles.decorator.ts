import { SetMetadata } from '@nestjs/common';
import type { Role } from '@recode/contracts';

export const ROLES_KEY = 'recode:roles';
export const PUBLIC_KEY = 'recode:public';

/** Who may call this route. A route without `@Roles` or `@Public` is denied to everyone. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);
/** Any signed-in user; the service still scopes what they see. */
export const AnyRole = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES_KEY, ['admin', 'supervisor', 'auditor', 'coder']);
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

export const BEFORE_PASSWORD_CHANGE_KEY = 'recode:before-password-change';
/** Answers a user who must still change their admin-issued password (session, password change). */
export const AllowedBeforePasswordChange = (): MethodDecorator & ClassDecorator =>
  SetMetadata(BEFORE_PASSWORD_CHANGE_KEY, true);
