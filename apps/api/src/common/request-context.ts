import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { SessionUser } from '@recode/contracts';
import type { Request } from 'express';

/** Who is asking and from where: what every service needs to authorise and to write the audit trail. */
export interface RequestContext {
  user: SessionUser | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface AuthedRequest extends Request {
  user?: SessionUser;
  sessionTokenHash?: string;
}

/** The context jobs write the audit trail with: no user, no request. */
export const SYSTEM_CONTEXT: RequestContext = { user: null, ip: null, userAgent: null, requestId: null };

export function contextOf(req: AuthedRequest): RequestContext {
  return {
    user: req.user ?? null,
    ip: req.ip ?? null,
    userAgent: req.get('user-agent')?.slice(0, 512) ?? null,
    requestId: req.id === undefined ? null : String(req.id),
  };
}

/** `@Ctx() ctx: RequestContext` in a controller. */
export const Ctx = createParamDecorator((_: unknown, host: ExecutionContext) =>
  contextOf(host.switchToHttp().getRequest<AuthedRequest>()),
);

/** Same, for routes behind the guard where a user is certain. */
export interface AuthedContext extends RequestContext {
  user: SessionUser;
}
export const AuthCtx = createParamDecorator(
  (_: unknown, host: ExecutionContext) => contextOf(host.switchToHttp().getRequest<AuthedRequest>()) as AuthedContext,
);
