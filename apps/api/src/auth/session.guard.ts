import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@recode/contracts';
import { AppError, forbidden, unauthenticated } from '../common/errors';
import type { AuthedRequest } from '../common/request-context';
import { BEFORE_PASSWORD_CHANGE_KEY, PUBLIC_KEY, ROLES_KEY } from '../common/roles.decorator';
import { SESSION_COOKIE, SessionService } from './session.service';

/** The one global guard: deny by default, allow only what a route declares. */
@Injectable()
export class SessionGuard implements CanActivate {
  private readonly logger = new Logger(SessionGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string' && token.length > 0) {
      const found = await this.sessions.resolve(token);
      if (found) {
        req.user = found.user;
        req.sessionTokenHash = found.tokenHash;
      }
    }
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) {
      this.logger.warn(`Route ${req.method} ${req.path} declares no roles: denied`);
      throw forbidden();
    }
    if (!req.user) throw unauthenticated();
    if (!roles.includes(req.user.role)) throw forbidden();
    // An admin-issued password opens nothing but the password change until it is changed.
    if (
      req.user.mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE_KEY, targets)
    ) {
      throw new AppError(
        403,
        'PASSWORD_CHANGE_REQUIRED',
        'Change the password you were given before using Recode (POST /api/auth/password)',
      );
    }
    return true;
  }
}
